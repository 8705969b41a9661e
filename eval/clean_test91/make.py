#!/usr/bin/env python3
"""Held-out evaluation set `test91` for a cleaner of scraped Vietnamese news pages.

Theme: women's, family and youth magazines (invented outlets).  Standard library only.
Usage:  python3 make.py /path/to/vietnews_train.jsonl.gz
"""
import gzip
import json
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict
from datetime import date, timedelta
from pathlib import Path
from typing import List, NamedTuple, Tuple

SETNAME = "test91"
SEED = 9191
BODY_ROWS = range(14300, 14400)
RELATED_ROWS = range(16800, 16900)
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: List[str]
    furniture: List[Tuple[str, str]]
    layout: str


def R(row, purpose):
    return random.Random(f"{SETNAME}|{SEED}|{row}|{purpose}")


# ----------------------------------------------------------------------------
# text handling
ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def norm(s):
    s = unicodedata.normalize("NFC", s).translate(ZW)
    return re.sub(r"\s+", "", s).casefold()


def detok(s):
    s = unicodedata.normalize("NFC", s).replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    parts = s.split('"')
    if len(parts) > 1:
        out, is_open = parts[0], False
        for i, p in enumerate(parts[1:]):
            before, after = out.rstrip()[-1:], p.lstrip()[:1]
            if after == "" or after in ",.;:!?)…" or p.startswith(" -"):
                opening = False            # strong closing signal
            elif before in (":", "(") or before == "":
                opening = True             # strong opening signal
            else:
                opening = not is_open
            if opening:
                out += '"'
                p = p.lstrip()
            else:
                out = out.rstrip() + '"'
            is_open = opening
            out += p
        s = out
    s = re.sub(r"(^|[\s(])' +([^']{1,80}?) +'(?=[\s,.;:!?)]|$)", r"\1'\2'", s)
    s = re.sub(r"\s+([,.;:!?%…])", r"\1", s)
    s = re.sub(r"([(\[“‘])\s+", r"\1", s)
    s = re.sub(r"\s+([)\]”’])", r"\1", s)
    s = re.sub(r"(\S) / (\S)", r"\1/\2", s)
    s = re.sub(r" {2,}", " ", s)
    return s.strip()


ABBR = {"TP", "TS", "GS", "PGS", "ThS", "BS", "Q", "P", "TT", "Th.S", "TSKH", "BSCKI", "BSCKII",
        "BSCK", "NSƯT", "NSND", "NXB", "KS", "CN", "St", "Mr", "Mrs", "Ms", "Dr", "Tp", "ĐH", "PV",
        "v.v", "TX", "H", "Lt", "Th", "Ph", "Ng"}


def split_sentences(s):
    out, start = [], 0
    for m in re.finditer(r"[.!?…]+[\"”’')\]]*\s+", s):
        nxt = s[m.end():m.end() + 2]
        c = nxt[:1]
        if c in "\"“('‘[":
            c = nxt[1:2]
        if not c or not (c.isupper() or c.isdigit()):
            continue
        punct_pos = m.start()
        if s[punct_pos] == ".":
            before = s[start:punct_pos].split()
            tok = before[-1].lstrip("\"“('‘[") if before else ""
            if tok in ABBR or (len(tok) == 1 and tok.isalpha()):
                continue
            if re.fullmatch(r"(?:[A-Za-zĐđ]{1,4}\.)+[A-Za-zĐđ]{1,4}", tok):
                continue
        seg = s[start:m.end()].strip()
        if seg:
            out.append(seg)
        start = m.end()
    tail = s[start:].strip()
    if tail:
        out.append(tail)
    return out


CAPTION_MARKS = ("Ảnh:", "Ảnh :", "(Ảnh", "ảnh:", "Video:", "Clip:", "Clip ", "(Video", "minh hoạ",
                 "minh họa", "Minh hoạ", "Minh họa", "(trái)", "(phải)", "(giữa)", "từ trái",
                 "từ phải", "Nguồn:", "(Nguồn", "Đồ hoạ", "Đồ họa", "Infographic", "Hình:", "(Hình",
                 "Ảnh chụp", "chụp màn hình", "Ảnh do", "Ảnh tư liệu", "(ảnh", "Photo", "Xem thêm",
                 "Xem video", "http", "www.", "@", "ảnh: ", "Hình ảnh")
REPORT = ("cho biết", "cho hay", "nói", "chia sẻ", "khẳng định", "nhấn mạnh", "thông tin", "tâm sự",
          "kể", "bày tỏ", "giải thích", "trả lời", "thừa nhận", "phát biểu", "khuyến cáo", "nhận định",
          "đánh giá", "cho rằng", "tiết lộ", "thông báo", "nhận xét", "bộc bạch", "khuyên", "lưu ý",
          "xác nhận", "phản ánh", "trao đổi", "kiến nghị", "đề xuất", "nhớ lại", "giải thích",
          "tuyên bố", "quy định", "ước tính", "dự báo", "lý giải", "thông tin thêm")
CONNECT = ("Tuy nhiên", "Trong khi đó", "Ngoài ra", "Bên cạnh đó", "Do đó", "Vì vậy", "Vì thế",
           "Theo đó", "Đồng thời", "Sau đó", "Cũng theo", "Trước đó", "Mặc dù", "Dù", "Nếu", "Khi",
           "Thế nhưng", "Nhưng", "Song", "Như vậy", "Cụ thể", "Đặc biệt", "Thậm chí", "Tuy vậy",
           "Do vậy", "Bởi vậy", "Bởi", "Hơn nữa", "Mặt khác", "Ngược lại", "Trước tình hình",
           "Cùng với", "Riêng", "Còn", "Hiện nay", "Hiện", "Theo", "Từ đó", "Vì", "Do", "Cũng",
           "Ngoài", "Sau khi", "Trước khi", "Để", "Với")


def balanced(s):
    if s.count('"') % 2 or s.count("“") != s.count("”") or s.count("(") != s.count(")"):
        return False
    if s.count("[") != s.count("]"):
        return False
    if len(re.findall(r"(?:^|[\s(])'|'(?=[\s,.;:!?)]|$)", s)) % 2:
        return False
    return True


def keep_sentence(s, title_n):
    w = s.split()
    if len(w) < 8 or len(w) > 110:
        return False
    if any(m in s for m in CAPTION_MARKS):
        return False
    if "|" in s or "•" in s or "»" in s or "«" in s or "_" in s:
        return False
    if not balanced(s):
        return False
    if not re.search(r"[.!?…][\"”’')]*$", s) or s.endswith(("..", "…")) and len(s) < 40:
        return False
    if ":" in " ".join(w[:6]):
        return False
    first = next((c for c in s if c.isalnum()), "")
    if not first or not (first.isupper() or first.isdigit()):
        return False
    m = list(re.finditer(r"\bTheo\s", s))
    if m and any(x.start() > 0 for x in m):
        last = [x for x in m if x.start() > 0][-1]
        if "," not in s[last.start():] and len(s[last.start():].split()) <= 9:
            return False
    if re.search(r"\(\s*(TTXVN|PV|CTV|Theo)\b", s):
        return False
    if norm(s) == title_n:
        return False
    short = len(w) <= 22 or ("," not in s and len(w) <= 30)
    if short:
        low = s.lower()
        ok = any(re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low) for v in REPORT)
        ok = ok or ('"' in s or "“" in s)
        ok = ok or any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECT)
        if not ok:
            return False
    return True


def repair_quotes(s):
    """Re-pair straight quotes inside one sentence when it holds an even number of them."""
    n = s.count('"')
    if n == 0 or n % 2:
        return s
    parts = s.split('"')
    out = parts[0]
    for i, p in enumerate(parts[1:]):
        if i % 2 == 0:
            out = out.rstrip()
            if out and out[-1] not in "(":
                out += " "
            out += '"'
            p = p.lstrip()
        else:
            out = out.rstrip() + '"'
            q = p.lstrip()
            p = q if (not q or q[0] in ",.;:!?)…") else " " + q
        out += p
    return out.strip()


def story_sentences(title, article):
    tn = norm(title)
    seen, out = set(), []
    for s in split_sentences(detok(article)):
        s = repair_quotes(s)
        if not keep_sentence(s, tn):
            continue
        n = norm(s)
        if n in seen:
            continue
        seen.add(n)
        out.append(s)
    return out


# ----------------------------------------------------------------------------
# invented world
SUR = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
       "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Mai"]
MID = ["Thị", "Văn", "Ngọc", "Thu", "Minh", "Thanh", "Hồng", "Bảo", "Quốc", "Hữu", "Diệu", "Khánh",
       "Phương", "Kim", "Đức", "Mỹ"]
GIV = ["Hà", "Lan", "Mai", "Linh", "Trang", "Hương", "Thảo", "Nga", "Phương", "Tâm", "Hạnh", "Yến",
       "Dũng", "Nam", "Tuấn", "Hùng", "Sơn", "Quân", "Vy", "Ngân", "Hiền", "Nhung", "My", "An",
       "Châu", "Duyên", "Khuê", "Loan", "Thư", "Uyên"]
NICKS = ["meBon2016", "Hoa Sữa", "bố Tít", "mẹ Sóc", "ThuHa_HN", "Mèo Ú", "Bé Na", "Ngân Hà 92",
         "Lan Phương (Đà Nẵng)", "Độc giả Minh Tú", "Cô giáo làng", "Trà Đá", "mẹ Cún Con",
         "Hoàng Long", "Tuyết Mai", "Người qua đường", "Khách", "Chị Hai Sài Gòn", "SV năm nhất",
         "Bạch Dương", "Lá Me Bay", "ông ngoại Bin", "vy.tran", "phuhuynh_lop5", "Nắng Hạ"]
COMMENTS = ["Bài viết rất bổ ích, cảm ơn tác giả.", "Đọc xong thấy thương các con quá.",
            "Nhà mình cũng đang gặp chuyện y hệt, mong được tư vấn thêm.",
            "Mong các trường học tham khảo cách làm này.", "Chia sẻ cho các mẹ cùng đọc nhé!",
            "Quan điểm của mình hơi khác một chút, nhưng bài viết đáng suy ngẫm.",
            "Hồi xưa đi học đâu có được như bây giờ.", "Cố lên các em ơi!",
            "Phụ huynh cũng cần thay đổi cách nghĩ thôi.", "Tuyệt vời quá, ủng hộ!",
            "Ai có kinh nghiệm thì chỉ mình với ạ.", "Lưu lại để đọc cho con nghe.",
            "Cảm ơn báo đã đưa tin kịp thời.", "Thật đáng khâm phục!",
            "Con mình năm nay cũng thi, đọc mà lo ghê.", "Hay quá, mong có thêm nhiều bài như thế này."]
GENERIC_CAPS = ["Các em học sinh trong giờ sinh hoạt ngoại khoá.",
                "Phụ huynh đưa con đến trường trong buổi sáng đầu tuần.",
                "Nhiều gia đình dành thời gian cuối tuần cho con trẻ.",
                "Đoàn viên thanh niên tham gia hoạt động tình nguyện dịp hè.",
                "Bữa cơm gia đình là nơi gắn kết các thành viên.",
                "Sinh viên trao đổi bài trong thư viện của trường.",
                "Giờ học của các em tại một trường tiểu học.",
                "Cha mẹ cùng con đọc sách trước giờ đi ngủ.",
                "Không khí buổi lễ diễn ra trang trọng và ấm áp.",
                "Thí sinh làm thủ tục trước giờ vào phòng thi.",
                "Các bạn trẻ hào hứng với hoạt động trải nghiệm.",
                "Nụ cười rạng rỡ của các em nhỏ trong ngày hội.",
                "Phụ nữ trong khu phố tham gia lớp học kỹ năng.",
                "Thầy và trò trong một tiết học ngoài trời.",
                "Những người mẹ trò chuyện sau giờ đón con."]
PERSON_CAPS = ["{P} chia sẻ với phóng viên.", "{P} trong buổi trò chuyện cùng chúng tôi.",
               "{P} (giữa) cùng các thành viên trong gia đình.", "Chân dung {p}.",
               "{P} tại buổi gặp mặt.", "{P} bên những kỷ vật của mình.",
               "{P} trả lời câu hỏi của phụ huynh."]
PLACE_CAPS = ["Một góc {L}.", "Quang cảnh buổi sinh hoạt tại {L}.",
              "Người dân {L} tham gia hoạt động cộng đồng.", "Toàn cảnh sự kiện ở {L}."]
ADS = ["Sữa hạt Mộc Lam – dinh dưỡng xanh cho cả nhà. Giảm 15% khi đặt hàng online.",
       "Bỉm Mây Êm siêu mỏng – bé ngủ ngon suốt đêm. Mua 2 tặng 1!",
       "Vitamin Bé Khoẻ Kiddy-Plus: tăng sức đề kháng mùa tựu trường.",
       "Serum Hoa Sứ Trắng – rạng ngời tuổi 30. Xem ngay ưu đãi tháng này.",
       "Nồi chiên không dầu Bếp Sen 5.5L – món ngon cho gia đình, giá chỉ 1.290.000đ.",
       "Balo chống gù Sao Khuê cho học sinh tiểu học – bảo hành 2 năm.",
       "Khoá học tiếng Anh Little Star cho bé 4–10 tuổi. Học thử miễn phí!",
       "Nước giặt Thảo Mộc Baby – dịu nhẹ với làn da bé."]
EVENTS = ["Hội thảo \"Nuôi con thời công nghệ số\"", "Tọa đàm \"Làm mẹ không áp lực\"",
          "Ngày hội \"Gia đình cùng đọc sách\"", "Workshop \"Kỹ năng sống cho tuổi teen\"",
          "Chương trình \"Tiếp sức mùa thi\" – tuyển tình nguyện viên",
          "Lớp học \"Dinh dưỡng cho bé ăn dặm\""]
VENUES = ["Nhà văn hoá Thanh niên, Q.1", "Trung tâm Hội nghị Hoa Lan, Q. Cầu Giấy",
          "Hội trường Nhà Thiếu nhi quận Hải Châu", "Thư viện Sen Hồng, Q. Bình Thạnh"]
QUIZZES = ["Bạn là kiểu cha mẹ nào?", "Bạn hiểu con mình đến đâu?", "Bạn có phải người vợ tâm lý?",
           "Kiểm tra kỹ năng quản lý tài chính gia đình", "Bạn thuộc típ sinh viên nào?"]
POLLS = [("Bạn có đồng ý cho con dùng điện thoại thông minh trước 12 tuổi?",
          ["Đồng ý", "Không đồng ý", "Tuỳ hoàn cảnh"]),
         ("Theo bạn, áp lực thi cử lớn nhất đến từ đâu?",
          ["Gia đình", "Nhà trường", "Bản thân học sinh", "Xã hội"]),
         ("Bạn dành bao nhiêu thời gian mỗi ngày trò chuyện với con?",
          ["Dưới 15 phút", "15–30 phút", "Trên 30 phút"]),
         ("Bạn có ủng hộ việc dạy thêm, học thêm?", ["Có", "Không", "Chưa có ý kiến"])]
EXPERT_TITLES = ["ThS. Tâm lý học", "TS. Giáo dục học", "BS. Nhi khoa", "Chuyên gia tư vấn hôn nhân",
                 "ThS. Dinh dưỡng", "Nhà giáo"]
EXPERT_BIOS = ["Hơn 12 năm tư vấn tâm lý học đường và gia đình, cộng tác viên chuyên mục Tâm sự.",
               "Giảng viên, tác giả cuốn sách \"Lắng nghe con\" (NXB Hoa Mai, 2017).",
               "Bác sĩ nhi khoa với 15 năm kinh nghiệm, phụ trách chuyên mục Sức khoẻ của bé.",
               "Chuyên gia trị liệu gia đình, sáng lập nhóm hỗ trợ các bà mẹ đơn thân Tổ Ấm Xanh.",
               "Cựu giáo viên THPT, nay là diễn giả về kỹ năng sống cho học sinh."]


def person(rng, with_mid=True):
    if with_mid:
        return f"{rng.choice(SUR)} {rng.choice(MID)} {rng.choice(GIV)}"
    return f"{rng.choice(MID)} {rng.choice(GIV)}"


def phone(rng):
    return f"09{rng.randint(0, 9)}{rng.randint(1, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}"


WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def fmt_date(d, hh, mm, style):
    wd = WD[d.weekday()]
    if style == 0:
        return f"{wd}, {d.day:02d}/{d.month:02d}/{d.year} {hh:02d}:{mm:02d} (GMT+7)"
    if style == 1:
        return f"{d.day:02d}/{d.month:02d}/{d.year} | {hh:02d}:{mm:02d}"
    if style == 2:
        return f"Cập nhật: {hh:02d}:{mm:02d} ngày {d.day}/{d.month}/{d.year}"
    if style == 3:
        return f"Ngày đăng: {d.day:02d}-{d.month:02d}-{d.year}"
    if style == 4:
        return f"{hh:02d}:{mm:02d} - {d.day:02d}/{d.month:02d}/{d.year}"
    if style == 5:
        return f"{wd.lower() if wd != 'Chủ nhật' else 'chủ nhật'}, ngày {d.day} tháng {d.month} năm {d.year}"
    if style == 6:
        return f"{d.day}/{d.month}/{d.year}, {hh:02d}:{mm:02d}"
    if style == 7:
        return f"Đăng lúc {hh:02d}h{mm:02d}, {wd} {d.day}.{d.month}.{d.year}"
    return f"{d.year}-{d.month:02d}-{d.day:02d} {hh:02d}:{mm:02d}"


def entities(sents):
    hon = {"ông", "bà", "anh", "chị", "cô", "thầy", "cụ"}
    plc = {"tỉnh", "huyện", "xã", "phường", "quận", "TP", "TP.", "thành phố", "thị trấn"}
    people, places = [], []
    for s in sents:
        w = s.split()
        for i, t in enumerate(w[:-1]):
            bag = people if t in hon else places if t in plc else None
            if bag is None:
                continue
            name = []
            for u in w[i + 1:i + 5]:
                core = u.rstrip(",.;:!?)\"”")
                if core and core[0].isupper() and core.isalpha():
                    name.append(core)
                    if core != u:
                        break
                else:
                    break
            if 2 <= len(name) <= 4 or (bag is places and len(name) >= 1):
                label = (t + " " if bag is people or t != "TP." else "TP ") + " ".join(name)
                if bag is places:
                    label = t.rstrip(".") + " " + " ".join(name)
                if label not in bag:
                    bag.append(label)
    return people, places


# ----------------------------------------------------------------------------
# layouts
L = lambda **k: k  # noqa: E731
LAYOUTS = [
    L(key="phunungaynay", name="Phụ Nữ Ngày Nay", site="PHỤ NỮ NGÀY NAY", dom="phunungaynay.vn",
      secs=["Gia đình", "Tâm sự", "Nuôi dạy con"], top=["site", "menu", "crumb", "title", "date", "byline"],
      dstyle=0, para=(2, 3), inside=["img", "pull", "img"], bottom=["share", "tags", "rel:num", "advice", "footer"],
      bl="plain", cap="credit_line"),
    L(key="giadinhviet", name="Gia Đình Việt", site="giadinhviet.vn", dom="giadinhviet.vn",
      secs=["Tổ ấm", "Giáo dục", "Sống khoẻ"], top=["site", "hdate", "menu", "title", "byline", "readtime", "date"],
      dstyle=4, para=(1, 2), inside=["img", "xemthem", "img"], bottom=["byline_end", "sameauthor", "comments", "footer"],
      bl="bai", cap="inline"),
    L(key="tuoixanh", name="Tuổi Xanh Online", site="TUỔI XANH ONLINE", dom="tuoixanh.org.vn",
      secs=["Đoàn - Hội", "Tình nguyện", "Học đường"], top=["site", "login", "menu", "crumb", "title", "date"],
      dstyle=1, para=(1, 3), inside=["img", "ad"], bottom=["byline_end", "reactions", "rel:dated", "comments", "footer"],
      bl="caps", cap="credit_line"),
    L(key="sinhvienmoi", name="Sinh Viên Mới", site="Sinh Viên Mới", dom="sinhvienmoi.vn",
      secs=["Giảng đường", "Việc làm", "Góc trẻ"], top=["menu", "site", "title", "date", "byline", "share"],
      dstyle=6, para=(2, 4), inside=["pull", "img"], bottom=["tags", "rel:bullet", "poll", "footer"],
      bl="dash", cap="inline"),
    L(key="mevabe", name="Mẹ & Bé Hôm Nay", site="MẸ & BÉ HÔM NAY", dom="mevabehomnay.vn",
      secs=["Mang thai", "Nuôi con", "Dinh dưỡng"], top=["site", "crumb", "title", "agerate", "date"],
      dstyle=2, para=(1, 2), inside=["img", "ad", "img"], bottom=["expert", "advice", "rel:teaser", "comments"],
      bl="none", cap="caption_only"),
    L(key="nugioisongdep", name="Nữ Giới Sống Đẹp", site="NỮ GIỚI SỐNG ĐẸP", dom="nugioisongdep.com",
      secs=["Làm đẹp", "Tình yêu", "Phong cách"], top=["site", "menu", "title", "byline", "date", "readtime"],
      dstyle=7, para=(2, 3), inside=["img", "pull", "ad"], bottom=["share", "rel:arrow", "newsletter", "footer"],
      bl="thuchien", cap="credit_line"),
    L(key="mangnon", name="Măng Non Điện Tử", site="Măng Non", dom="mangnon.edu.vn",
      secs=["Thiếu nhi", "Đội", "Em yêu khoa học"], top=["site", "hdate", "crumb", "title", "date"],
      dstyle=5, para=(1, 2), inside=["img", "img"], bottom=["byline_end", "quiz", "rel:joined", "footer"],
      bl="paren", cap="inline"),
    L(key="toamviet", name="Tổ Ấm Việt", site="TỔ ẤM VIỆT", dom="toamviet.net",
      secs=["Vợ chồng", "Con cái", "Nhà đẹp"], top=["menu", "site", "crumb", "title", "date", "byline"],
      dstyle=3, para=(3, 4), inside=["img", "xemthem"], bottom=["views", "tags", "rel:headtease", "comments", "footer"],
      bl="baivaanh", cap="credit_line"),
    L(key="thanhnientn", name="Thanh Niên Tình Nguyện", site="THANH NIÊN TÌNH NGUYỆN", dom="thanhnientinhnguyen.vn",
      secs=["Mùa hè xanh", "Tiếp sức mùa thi", "Gương sáng"], top=["site", "menu", "title", "date"],
      dstyle=0, para=(1, 3), inside=["img", "event"], bottom=["byline_end", "share", "rel:bullet", "footer"],
      bl="caps", cap="inline"),
    L(key="huongsen", name="Hương Sen", site="Hương Sen Magazine", dom="huongsenmag.vn",
      secs=["Phụ nữ", "Sống", "Chuyện nhà"], top=["site", "crumb", "title", "byline", "date", "share"],
      dstyle=6, para=(2, 3), inside=["pull", "img", "ad"], bottom=["author", "sameauthor", "footer"],
      bl="plain", cap="caption_only"),
    L(key="concuachungta", name="Con Cái Của Chúng Ta", site="CON CÁI CỦA CHÚNG TA", dom="concai.vn",
      secs=["Tuổi mầm non", "Tuổi học trò", "Tuổi dậy thì"], top=["site", "menu", "crumb", "title", "agerate", "date", "byline"],
      dstyle=4, para=(1, 2), inside=["img", "quizmini", "img"], bottom=["advice", "rel:num", "comments", "footer"],
      bl="bai", cap="credit_line"),
    L(key="hoctrongaynay", name="Học Trò Ngày Nay", site="HỌC TRÒ NGÀY NAY", dom="hoctrongaynay.vn",
      secs=["Teen", "Thi cử", "Du học"], top=["site", "login", "title", "date", "readtime"],
      dstyle=1, para=(2, 4), inside=["img", "xemthem"], bottom=["byline_end", "reactions", "rel:dated", "poll", "comments"],
      bl="dash", cap="inline"),
    L(key="nangvanha", name="Nàng & Nhà", site="Nàng & Nhà", dom="nangvanha.vn",
      secs=["Nàng", "Nhà", "Bếp"], top=["menu", "site", "title", "date", "byline"],
      dstyle=8, para=(1, 3), inside=["img", "ad", "pull"], bottom=["tags", "share", "rel:teaser", "footer"],
      bl="thuchien", cap="credit_line"),
    L(key="tuoihong", name="Tuổi Hồng", site="TUỔI HỒNG ONLINE", dom="tuoihong.vn",
      secs=["Tâm sự tuổi hồng", "Bạn trẻ", "Học đường"], top=["site", "menu", "crumb", "title", "agerate", "date"],
      dstyle=2, para=(1, 2), inside=["img", "img"], bottom=["byline_end", "advice", "rel:arrow", "comments", "footer"],
      bl="nick", cap="inline"),
    L(key="hoiphunu", name="Bản tin Hội Phụ nữ Sông Hương", site="BẢN TIN HỘI PHỤ NỮ SÔNG HƯƠNG", dom="phunusonghuong.org.vn",
      secs=["Hoạt động Hội", "Gương phụ nữ", "Pháp luật - Gia đình"], top=["site", "hdate", "menu", "title", "date"],
      dstyle=5, para=(2, 3), inside=["img"], bottom=["byline_end", "views", "rel:bullet", "hotline", "footer"],
      bl="caps", cap="credit_line"),
    L(key="giadinhhanhphuc", name="Gia Đình Hạnh Phúc", site="Gia Đình Hạnh Phúc Plus", dom="giadinhhanhphuc.plus",
      secs=["Hạnh phúc", "Sức khoẻ", "Xã hội"], top=["site", "crumb", "title", "date", "byline", "readtime"],
      dstyle=7, para=(1, 3), inside=["img", "pull", "xemthem", "ad"], bottom=["share", "rel:headtease", "comments", "footer"],
      bl="plain", cap="inline"),
    L(key="xungkichtre", name="Xung Kích Trẻ", site="XUNG KÍCH TRẺ", dom="xungkichtre.vn",
      secs=["Thời sự trẻ", "Khởi nghiệp", "Đoàn viên"], top=["site", "menu", "title", "date", "byline"],
      dstyle=0, para=(3, 4), inside=["img", "event"], bottom=["tags", "rel:joined", "footer"],
      bl="agency", cap="credit_line"),
    L(key="chamethongthai", name="Cha Mẹ Thông Thái", site="Cha Mẹ Thông Thái", dom="chamethongthai.vn",
      secs=["Nuôi dạy con", "Hỏi đáp chuyên gia", "Cùng con học"], top=["site", "menu", "crumb", "title", "byline", "date"],
      dstyle=4, para=(1, 2), inside=["pull", "img", "quizmini"], bottom=["expert", "sameauthor", "comments"],
      bl="bai", cap="caption_only"),
    L(key="giangduongxanh", name="Giảng Đường Xanh", site="GIẢNG ĐƯỜNG XANH", dom="giangduongxanh.edu.vn",
      secs=["Tuyển sinh", "Đời sống SV", "Nghiên cứu"], top=["site", "hdate", "title", "date", "share"],
      dstyle=3, para=(2, 3), inside=["img", "xemthem"], bottom=["byline_end", "rel:num", "event", "footer"],
      bl="dash", cap="inline"),
    L(key="maiamchunhat", name="Mái Ấm Chủ Nhật", site="MÁI ẤM CHỦ NHẬT", dom="maiamchunhat.vn",
      secs=["Chuyện cuối tuần", "Ký sự", "Bạn đọc viết"], top=["menu", "site", "crumb", "title", "date"],
      dstyle=5, para=(2, 4), inside=["img", "pull"], bottom=["byline_end", "source", "rel:teaser", "poll", "footer"],
      bl="baivaanh", cap="credit_line"),
]


class Builder:
    def __init__(self):
        self.entries = []          # (kind, payload); kind in U/body/furniture kinds

    def add(self, kind, line):
        line = re.sub(r"[ \t]+", " ", line).strip()
        if line:
            self.entries.append((kind, line))


def related_line(style, i, item, rng):
    head, teaser, d = item
    ds = f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "num":
        return [f"{i + 1}. {head}"]
    if style == "bullet":
        return [f"• {head}"]
    if style == "dated":
        return [f"{head} ({ds})"] if rng.random() < 0.5 else [f"{ds} - {head}"]
    if style == "arrow":
        return [f"» {head}"]
    if style == "teaser":
        return [head, teaser] if teaser else [head]
    if style == "headtease":
        return [f"{head} - {teaser}" if teaser else head]
    return [head]


def build_page(k, row, title, sents, related, kept_norms):
    lay = LAYOUTS[k % 20]
    rng = R(row, "layout")
    b = Builder()
    d0 = date(2016, 1, 1) + timedelta(days=R(row, "date").randint(0, 1460))
    hh, mm = R(row, "time").randint(6, 22), R(row, "time2").randint(0, 59)
    author = person(rng)
    if lay["bl"] in ("nick",):
        author = person(rng, with_mid=False)
    sec = rng.choice(lay["secs"])
    people, places = entities(sents)
    forbidden = set(kept_norms) | {norm(title)}

    # related items
    rr = R(row, "related")
    pool = [it for it in related if norm(it[0]) not in forbidden and (not it[1] or norm(it[1]) not in forbidden)]
    rr.shuffle(pool)
    rel_items = []
    for h, a in pool[:12]:
        teaser = ""
        if a:
            ts = [x for x in split_sentences(detok(a)) if len(x.split()) >= 12
                  and not any(m in x for m in CAPTION_MARKS) and balanced(x)]
            if ts:
                t = ts[0]
                words = t.split()
                if len(words) > 28:
                    t = " ".join(words[:rr.randint(18, 26)]).rstrip(",;:") + "…"
                teaser = t
                if norm(teaser) in forbidden:
                    teaser = ""
        dd = d0 - timedelta(days=rr.randint(1, 40))
        rel_items.append((h, teaser, dd))
    rel_iter = iter(rel_items)

    # captions
    cr = R(row, "captions")
    caps = []
    for p in people[:2]:
        caps.append(cr.choice(PERSON_CAPS).format(P=p[0].upper() + p[1:], p=p))
    for pl in places[:1]:
        caps.append(cr.choice(PLACE_CAPS).format(L=pl))
    gen = GENERIC_CAPS[:]
    cr.shuffle(gen)
    caps = [c for c in caps if norm(c) not in forbidden]
    cr.shuffle(caps)
    caps += [g for g in gen if norm(g) not in forbidden]
    cap_iter = iter(caps)
    photog = person(cr)

    def byline_text(style):
        if style == "bai":
            return f"Bài: {author}"
        if style == "caps":
            return author.upper()
        if style == "dash":
            return f"{author} - {person(rng)}"
        if style == "thuchien":
            return f"Thực hiện: {author}"
        if style == "paren":
            return f"{author} (CTV Măng Non)"
        if style == "baivaanh":
            return f"Bài và ảnh: {author}"
        if style == "nick":
            return f"Bút danh: {author}"
        if style == "agency":
            return rng.choice([f"{author} (TTXVN)", f"Nhóm PV {lay['name']}", f"{author} - Xung Kích Trẻ"])
        return author

    def credit():
        c = cr.random()
        if c < 0.55:
            return f"Ảnh: {photog}"
        if c < 0.7:
            return "Ảnh: NVCC"
        if c < 0.82:
            return "Nguồn: Internet"
        if c < 0.92:
            return f"Ảnh: {lay['name']}"
        return "Ảnh: Tư liệu gia đình"

    def img():
        c = next(cap_iter, None)
        if c is None:
            return
        st = lay["cap"]
        if st == "credit_line":
            if cr.random() < 0.3:
                b.add("widget", cr.choice(["[Ảnh]", "Phóng to", "Xem ảnh lớn"]))
            b.add("caption", c)
            b.add("credit", credit())
        elif st == "inline":
            cre = credit()
            b.add("caption", f"{c} ({cre})" if cr.random() < 0.6 else f"{c} {cre}")
        else:
            b.add("caption", c if cr.random() < 0.6 else f"{c} (Ảnh minh hoạ)")

    def pull():
        cands = [s for s in sents[2:] if len(s.split()) >= 16 and ('"' in s or "“" in s)]
        cands = cands or [s for s in sents[1:] if len(s.split()) >= 16]
        if not cands:
            return
        s = cr.choice(cands)
        w = s.split()[:cr.randint(9, 13)]
        q = " ".join(w).rstrip(",;:.") + "…"
        q = q.replace('"', "")
        if norm(q) not in forbidden:
            b.add("widget", f"“{q}”")

    def related_block(style, heading=None):
        items = [x for x in (next(rel_iter, None) for _ in range(rr.randint(3, 5))) if x]
        if not items:
            return
        b.add("widget", heading or rr.choice(["Bài viết liên quan", "TIN CÙNG CHUYÊN MỤC", "Đọc thêm",
                                              "Có thể bạn quan tâm", "Tin khác"]))
        if style == "joined":
            b.add("related", " | ".join(x[0] for x in items))
            return
        for i, it in enumerate(items):
            for ln in related_line(style, i, it, rr):
                b.add("related", ln)

    def piece(name):
        if name == "site":
            b.add("U", lay["site"])
        elif name == "menu":
            b.add("widget", " | ".join(["Trang chủ"] + lay["secs"] + rng.sample(
                ["Video", "Tâm sự", "Sức khoẻ", "Giải trí", "Ẩm thực", "Du lịch", "Pháp luật"], 3)))
        elif name == "crumb":
            b.add("widget", rng.choice(["Trang chủ » ", "Trang chủ > ", "Home / "]) + sec)
        elif name == "hdate":
            td = d0 + timedelta(days=rng.randint(0, 3))
            b.add("widget", f"{WD[td.weekday()]}, {td.day}/{td.month}/{td.year}")
        elif name == "login":
            b.add("widget", rng.choice(["Đăng nhập | Đăng ký", "Đăng nhập", "Tìm kiếm Đăng nhập"]))
        elif name == "title":
            b.add("U", title)
        elif name == "date":
            b.add("U", fmt_date(d0, hh, mm, lay["dstyle"]))
        elif name == "byline":
            if lay["bl"] != "none":
                b.add("byline", byline_text(lay["bl"]))
        elif name == "byline_end":
            b.add("byline", byline_text(lay["bl"]))
        elif name == "readtime":
            b.add("widget", rng.choice([f"Thời gian đọc: {rng.randint(3, 8)} phút",
                                        f"{rng.randint(3, 8)} phút đọc", f"Đọc trong {rng.randint(3, 8)} phút"]))
        elif name == "agerate":
            b.add("widget", rng.choice(["Phù hợp: mọi lứa tuổi", "Độ tuổi: 13+", "Dành cho phụ huynh",
                                        "Nội dung phù hợp với bạn đọc từ 16 tuổi"]))
        elif name == "share":
            b.add("widget", rng.choice(["Chia sẻ: Facebook Zalo Twitter", "Thích 0 Chia sẻ",
                                        "Chia sẻ | In bài | Gửi email", f"Lưu bài Chia sẻ {rng.randint(2, 300)}"]))
        elif name == "tags":
            b.add("widget", "Từ khoá: " + ", ".join(rng.sample(
                ["học sinh", "phụ huynh", "gia đình", "nuôi dạy con", "giáo dục", "tuổi teen", "sinh viên",
                 "thi cử", "kỹ năng sống", "tình nguyện", "phụ nữ"], 4)))
        elif name == "views":
            b.add("widget", f"{rng.randint(120, 9800):,} lượt xem".replace(",", "."))
        elif name == "reactions":
            b.add("widget", f"Thích {rng.randint(1, 400)} · Yêu thích {rng.randint(0, 90)} · Buồn {rng.randint(0, 20)}")
        elif name.startswith("rel:"):
            related_block(name[4:])
        elif name == "sameauthor":
            related_block(rng.choice(["num", "bullet", "dated"]), "Bài viết cùng tác giả")
        elif name == "comments":
            n = rng.randint(2, 4)
            b.add("widget", rng.choice([f"Bình luận ({n})", f"{n} bình luận", "Ý kiến bạn đọc"]))
            pick = rng.sample(COMMENTS, n)
            for c in pick:
                nick = rng.choice(NICKS)
                if rng.random() < 0.5:
                    b.add("widget", f"{nick}: {c}")
                else:
                    b.add("widget", nick)
                    b.add("widget", c)
                if rng.random() < 0.6:
                    b.add("widget", rng.choice([f"Trả lời · Thích · {rng.randint(1, 23)} giờ trước",
                                                f"Thích ({rng.randint(0, 40)}) Trả lời",
                                                f"{rng.randint(1, 28)}/{d0.month}/{d0.year}"]))
            b.add("widget", rng.choice(["Viết bình luận...", "Gửi bình luận", "Xem thêm bình luận"]))
        elif name == "advice":
            b.add("widget", rng.choice(["HỘP THƯ TÂM SỰ", "Hộp thư tâm sự", "HỘP THƯ BẠN ĐỌC"]))
            b.add("widget", rng.choice([
                "Bạn có chuyện khó nói trong hôn nhân, gia đình hay chuyện nuôi dạy con?",
                "Bạn đang gặp rắc rối trong chuyện tình cảm, học hành hay quan hệ với cha mẹ?"]))
            b.add("widget", f"Hãy gửi thư về tamsu@{lay['dom']} – chuyên gia sẽ giải đáp hằng tuần.")
            if rng.random() < 0.5:
                b.add("widget", f"Tư vấn trực tiếp: {phone(rng)} (8h–17h các ngày trong tuần)")
        elif name in ("expert", "author"):
            b.add("widget", "Tác giả" if name == "author" else rng.choice(["Chuyên gia tư vấn", "Về chuyên gia"]))
            ex = person(rng)
            b.add("byline", f"{rng.choice(EXPERT_TITLES)} {ex}" if name == "expert" else author)
            b.add("byline", rng.choice(EXPERT_BIOS))
        elif name == "poll":
            q, opts = rng.choice(POLLS)
            b.add("widget", rng.choice(["BÌNH CHỌN", "Thăm dò ý kiến"]))
            b.add("widget", q)
            for o in opts:
                b.add("widget", o)
            b.add("widget", rng.choice(["Bình chọn | Xem kết quả", "Gửi", "Biểu quyết"]))
        elif name == "quiz":
            b.add("widget", "TRẮC NGHIỆM VUI")
            b.add("widget", rng.choice(QUIZZES))
            b.add("widget", f"{rng.randint(5, 12)} câu hỏi · {rng.randint(2, 5)} phút")
            b.add("widget", "Bắt đầu làm bài")
        elif name == "event":
            b.add("widget", rng.choice(["ĐĂNG KÝ THAM GIA", "Sự kiện sắp diễn ra"]))
            ed = d0 + timedelta(days=rng.randint(5, 30))
            b.add("widget", f"{rng.choice(EVENTS)} – {rng.randint(8, 19)}h, {WD[ed.weekday()]} {ed.day}/{ed.month}/{ed.year}")
            b.add("widget", f"Địa điểm: {rng.choice(VENUES)}")
            b.add("widget", f"Hotline: {phone(rng)} | Email: sukien@{lay['dom']}")
            b.add("widget", rng.choice(["Đăng ký ngay", "Miễn phí – số lượng có hạn"]))
        elif name == "hotline":
            b.add("widget", f"Đường dây nóng hỗ trợ phụ nữ và trẻ em: 1900 {rng.randint(1000, 9999)}")
        elif name == "newsletter":
            b.add("widget", "Nhận bản tin mỗi sáng – nhập email của bạn")
            b.add("widget", "Đăng ký")
        elif name == "source":
            b.add("byline", rng.choice([f"Theo {lay['name']} số {rng.randint(100, 900)}", "Theo Tạp chí Gia Đình Mới"]))
        elif name == "footer":
            yr = d0.year
            b.add("widget", rng.choice([
                f"© {yr} {lay['name']}. Giấy phép số {rng.randint(10, 499)}/GP-BTTTT.",
                f"Bản quyền thuộc về {lay['name']}. Ghi rõ nguồn {lay['dom']} khi phát hành lại thông tin.",
                f"Toà soạn: số {rng.randint(2, 180)} phố Hoa Lan, Hà Nội. ĐT: 024 {rng.randint(3000, 3999)} {rng.randint(1000, 9999)}"]))
            if rng.random() < 0.5:
                b.add("widget", f"Liên hệ quảng cáo: {phone(rng)} – Email: quangcao@{lay['dom']}")
        elif name == "ad":
            b.add("widget", rng.choice(["Quảng cáo", "QC", "Tài trợ"]))
            b.add("widget", rng.choice(ADS))
        elif name == "xemthem":
            it = next(rel_iter, None)
            if it:
                b.add("related", rr.choice(["Xem thêm: ", "Đọc thêm: ", ">> "]) + it[0])
        elif name == "img":
            img()
        elif name == "pull":
            pull()
        elif name == "quizmini":
            b.add("widget", "Trắc nghiệm: " + rng.choice(QUIZZES))
            b.add("widget", "Làm ngay »")
        elif name == "imgmark":
            b.add("widget", "[Ảnh]")

    for p in lay["top"]:
        piece(p)
    # top image under header for some layouts
    if rng.random() < 0.35:
        img()
    # paragraphs
    pr = R(row, "paras")
    paras, i = [], 0
    lo, hi = lay["para"]
    while i < len(sents):
        n = pr.randint(lo, hi)
        paras.append(sents[i:i + n])
        i += n
    inside = list(lay["inside"])
    slots = list(range(1, len(paras)))
    pr.shuffle(slots)
    plan = {}
    for name, pos in zip(inside, slots):
        if pr.random() < 0.85:
            plan.setdefault(pos, []).append(name)
    for j, p in enumerate(paras):
        for name in plan.get(j, []):
            piece(name)
        b.entries.append(("body", list(p)))
    for p in lay["bottom"]:
        piece(p)
    return b.entries, lay


# ----------------------------------------------------------------------------
# scraper faults
def apply_faults(entries, row):
    rng = R(row, "faults")
    if rng.random() >= 0.26:
        return entries, []
    faults = rng.sample(["nbsp", "zwsp", "dbl", "glue", "nfd"], rng.choice([1, 1, 2]))
    ents = [(k, list(p) if k == "body" else p) for k, p in entries]

    def mod_str(s, f):
        sp = [m.start() for m in re.finditer(r"(?<=\S) (?=\S)", s)]
        if f == "nbsp" and sp:
            for pos in sorted(rng.sample(sp, min(len(sp), rng.randint(1, 3))), reverse=True):
                s = s[:pos] + "\u00a0" + s[pos + 1:]
        elif f == "dbl" and sp:
            pos = rng.choice(sp)
            s = s[:pos] + "  " + s[pos + 1:]
        elif f == "zwsp":
            lp = [m.start() for m in re.finditer(r"(?<=\w)(?=\w)", s)]
            if lp:
                pos = rng.choice(lp)
                s = s[:pos] + "\u200b" + s[pos:]
        return s

    for f in faults:
        if f == "nfd":
            ents = [(k, [unicodedata.normalize("NFD", x) for x in p] if k == "body"
                     else unicodedata.normalize("NFD", p)) for k, p in ents]
        elif f == "glue":
            cands = [(a, j) for a, (k, p) in enumerate(ents) if k == "body"
                     for j in range(len(p) - 1) if p[j].endswith(".")]
            if cands:
                a, j = rng.choice(cands)
                p = ents[a][1]
                ents[a] = ("body", p[:j] + [p[j] + p[j + 1]] + p[j + 2:])
            else:
                faults = [x for x in faults if x != "glue"]
        else:
            idx = list(range(len(ents)))
            n = {"nbsp": max(2, len(idx) // 4), "dbl": rng.randint(1, 2), "zwsp": rng.randint(2, 4)}[f]
            for a in rng.sample(idx, min(n, len(idx))):
                k, p = ents[a]
                if k == "body":
                    j = rng.randrange(len(p))
                    p = p[:j] + [mod_str(p[j], f)] + p[j + 1:]
                    ents[a] = (k, p)
                else:
                    ents[a] = (k, mod_str(p, f))
    return ents, faults


# ----------------------------------------------------------------------------
# contract check (independent walk)
def check_page(pg):
    lines = pg.text.split("\n")
    if not pg.text or any(not ln or ln != ln.strip() for ln in lines):
        raise ValueError("blank or unstripped line")
    if len(pg.body) < 3:
        raise ValueError("fewer than 3 body items")
    bi = fi = 0
    unl = []
    for ln in lines:
        if fi < len(pg.furniture) and pg.furniture[fi][1] == ln:
            if pg.furniture[fi][0] not in KINDS:
                raise ValueError("bad kind")
            fi += 1
            continue
        for n in range(1, 5):
            if bi + n <= len(pg.body) and " ".join(pg.body[bi:bi + n]) == ln:
                bi += n
                break
        else:
            unl.append(ln)
    if bi != len(pg.body) or fi != len(pg.furniture):
        raise ValueError("walk did not use up body/furniture")
    if len(unl) > 3 or len({norm(u) for u in unl}) != len(unl):
        raise ValueError(f"unlabelled lines: {unl}")
    for s in pg.body:
        if s not in pg.text or s != s.strip() or not s:
            raise ValueError("body item not in text")
    bn = {norm(s) for s in pg.body}
    for _, ln in pg.furniture:
        if norm(ln) in bn:
            raise ValueError(f"furniture equals body: {ln}")
    for u in unl:
        if norm(u) in bn:
            raise ValueError("unlabelled equals body")
    tn = norm(unl[0]) if unl else None
    for k, ln in pg.furniture:
        if k == "related" and (norm(ln) in bn or (tn and any(norm(u) == norm(ln) for u in unl))):
            raise ValueError("related equals title/body")


# ----------------------------------------------------------------------------
def read_rows(path):
    bodies, related = [], []
    last = max(RELATED_ROWS)
    with gzip.open(str(path), "rb") as f:
        for i, raw in enumerate(f):
            if i > last:
                break
            inb, inr = i in BODY_ROWS, i in RELATED_ROWS
            if not (inb or inr):
                continue
            try:
                o = json.loads(raw)
            except Exception:
                continue
            if not isinstance(o, dict):
                continue
            t, a = o.get("title"), o.get("article")
            if not isinstance(t, str) or not isinstance(a, str) or not t.strip() or not a.strip():
                continue
            if inb:
                bodies.append((i, t, a))
            else:
                related.append((detok(t), a[:1200]))
    return bodies, related


def pages(path):
    bodies, related = read_rows(path)
    out = []
    for k, (row, t, a) in enumerate(bodies):
        title = detok(t)
        sents = story_sentences(t, a)
        if len(sents) < 3 or not title:
            continue
        entries, lay = build_page(k, row, title, sents, related, [norm(s) for s in sents])
        entries, faults = apply_faults(entries, row)
        lines, body, furn = [], [], []
        for kind, p in entries:
            if kind == "body":
                lines.append(" ".join(p))
                body.extend(p)
            else:
                lines.append(p)
                if kind != "U":
                    furn.append((kind, p))
        pg = Page("\n".join(lines), body, furn, lay["key"])
        check_page(pg)
        out.append(pg)
        FAULTS[id(pg)] = faults
    return out


FAULTS = {}


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    rows = OrderedDict((l["key"], Counter()) for l in LAYOUTS)
    for p in ps:
        c = rows[p.layout]
        c["pages"] += 1
        c["body"] += len(p.body)
        for k, _ in p.furniture:
            c[k] += 1
        c["faults"] += len(FAULTS.get(id(p), []))
        c["faulty_pages"] += bool(FAULTS.get(id(p)))
    cols = ["pages", "body", *KINDS, "faults", "faulty_pages"]
    print(f"{'layout':<18}" + "".join(f"{c:>9}" for c in cols))
    tot = Counter()
    for key, c in rows.items():
        tot.update(c)
        print(f"{key:<18}" + "".join(f"{c[x]:>9}" for x in cols))
    print(f"{'TOTAL':<18}" + "".join(f"{tot[x]:>9}" for x in cols))


if __name__ == "__main__":
    main(sys.argv)
