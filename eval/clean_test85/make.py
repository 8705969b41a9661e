#!/usr/bin/env python3
"""Held-out evaluation set test85 for a cleaner of scraped Vietnamese news pages.

Theme: environment, climate and natural-resources news (invented outlets).
Usage: python3 make.py /work/shared/data/vietnews_train.jsonl.gz
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

SETNAME = "test85"
SEED = 8585
BODY_ROWS = range(15900, 16000)
RELATED_ROWS = range(15800, 15900)
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
    body, related = [], []
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop) - 1
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(str(path), "rb") as fh:
        for i, raw in enumerate(fh):
            if i > last:
                break
            if i not in BODY_ROWS and i not in RELATED_ROWS:
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
            if i in BODY_ROWS:
                body.append((i, t, a))
            else:
                related.append((i, t, a[:1200]))
    return body, related


# ---------------------------------------------------------------- detokenise
PUNCT_ATTACH = set(",.;:!?%…")


def detok(s):
    s = s.replace("_", " ")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    toks = []
    for t in s.split():
        if len(t) > 1 and all(c in "\"')]" or c in PUNCT_ATTACH for c in t):
            toks.extend(t)
        else:
            toks.append(t)
    out = []
    open_q = {'"': False, "'": False}
    glue_next = False
    for t in toks:
        if t in ('"', "'"):
            if not open_q[t]:
                open_q[t] = True
                if glue_next and out:
                    out[-1] += t
                else:
                    out.append(t)
                glue_next = True
            else:
                open_q[t] = False
                if out:
                    out[-1] += t
                else:
                    out.append(t)
                glue_next = False
            continue
        if all(c in PUNCT_ATTACH for c in t) and out:
            out[-1] += t
            glue_next = False
            continue
        if t in (")", "]") and out:
            out[-1] += t
            glue_next = False
            continue
        if t == "/" and out:
            out[-1] += t
            glue_next = True
            continue
        if glue_next and out:
            out[-1] += t
        else:
            out.append(t)
        glue_next = t in ("(", "[")
    s = " ".join(out)
    s = re.sub(r"\s+([,.;:!?%…)\]])", r"\1", s)
    s = re.sub(r"([(\[])\s+", r"\1", s)
    s = re.sub(r"\s*/\s*", "/", s)
    return s.strip()


# ---------------------------------------------------------------- splitting
ABBR = {"tp", "ts", "gs", "pgs", "ths", "bs", "q", "p", "tt", "ks", "ls", "nxb",
        "mr", "ms", "dr", "st", "co", "inc", "ltd", "tr", "vs", "no", "đ", "kts", "cn"}


def split_sents(text):
    out, start = [], 0
    for m in re.finditer(r"[.!?…]+[\"')\]]*\s+", text):
        end = m.end()
        nxt = text[end:end + 2].lstrip("\"'(")
        if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
            continue
        punct = m.group(0).strip()
        if punct == ".":
            before = text[start:m.start()].split()
            w = before[-1] if before else ""
            wl = w.lower().strip("(\"'")
            if wl in ABBR or (len(wl) == 1 and wl.isalpha()) or "." in wl:
                continue
        seg = text[start:end].strip()
        if seg:
            out.append(seg)
        start = end
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return out


CAPTION_MARKS = ["ảnh:", "(ảnh", "ảnh minh", "video:", "clip:", "minh hoạ", "minh họa",
                 "(trái)", "(phải)", "(giữa)", "nguồn:", "đồ hoạ", "đồ họa", "infographic",
                 "trong ảnh", "ảnh chụp", "photo", "(ttxvn)", "(vnexpress", "bài và ảnh",
                 "ảnh tư liệu", "ảnh internet", "ảnh nguồn", "ảnh do"]
REPORT = ["cho biết", "nói", "cho hay", "khẳng định", "nhấn mạnh", "chia sẻ", "thông tin",
          "tuyên bố", "phát biểu", "nhận định", "cho rằng", "thừa nhận", "giải thích",
          "xác nhận", "đề nghị", "yêu cầu", "thông báo", "báo cáo", "trả lời", "bày tỏ",
          "tiết lộ", "dẫn lời", "theo ông", "theo bà", "theo anh", "theo chị", "đánh giá",
          "kể", "nhận xét", "dự báo", "ước tính", "lưu ý", "khuyến cáo", "cảnh báo", "công bố"]
CONNECT = ["Tuy nhiên", "Theo đó", "Trong khi", "Ngoài ra", "Bên cạnh đó", "Đồng thời",
           "Vì vậy", "Do đó", "Trước đó", "Sau đó", "Cụ thể", "Thế nhưng", "Nhưng",
           "Trong đó", "Đến nay", "Mặc dù", "Dù vậy", "Đặc biệt", "Thêm vào đó", "Như vậy",
           "Không chỉ", "Thực tế", "Trên thực tế", "Mới đây", "Song", "Tuy vậy", "Vì thế",
           "Bởi vậy", "Ngược lại", "Hơn nữa", "Trong khi đó", "Cũng theo", "Do vậy",
           "Chính vì vậy", "Ngoài việc", "Hiện nay", "Hiện tại", "Thứ hai", "Thứ ba", "Thứ nhất"]


def quotes_tidy(s):
    for q in ('"', "'"):
        pos = [i for i, ch in enumerate(s) if ch == q]
        for a, b in zip(pos[0::2], pos[1::2]):
            if b == a + 1 or s[a + 1].isspace() or s[b - 1].isspace():
                return False
            if a > 0 and not (s[a - 1].isspace() or s[a - 1] in "(["):
                return False
            if b + 1 < len(s) and not (s[b + 1].isspace() or s[b + 1] in ",.;:!?…)]-"):
                return False
    return True


def balanced(s):
    if s.count('"') % 2 or s.count("'") % 2:
        return False
    if not quotes_tidy(s):
        return False
    if s.count("(") != s.count(")") or s.count("[") != s.count("]"):
        return False
    if s.count("\u201c") != s.count("\u201d"):
        return False
    return True


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    s = "".join(s.split())
    return s.casefold()


def keep_sentence(s, title_n):
    low = s.lower()
    if any(m in low for m in CAPTION_MARKS):
        return False
    if any(c in s for c in "|•»«"):
        return False
    if not balanced(s):
        return False
    if not re.search(r"[.!?…][\"')\]]?$", s):
        return False
    words = s.split()
    if len(words) < 8 or len(words) > 110:
        return False
    if any(":" in w for w in words[:6]):
        return False
    first = s.lstrip("\"'([")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    if re.search(r"(^|[.!?]\s*|,\s*|\s)[Tt]heo\s+[A-ZĐ][\w&.-]*(\s+[A-ZĐ0-9][\w&.-]*){0,4}\s*[.!?]?[\"')]?$", s):
        return False
    if norm(s) == title_n:
        return False
    short = len(words) <= 22 or (len(words) <= 30 and "," not in s)
    if short:
        ok = any(re.search(r"(^|[\s,])" + re.escape(v) + r"([\s,.]|$)", low) for v in REPORT)
        ok = ok or bool(re.search(r"\"[^\"]+\",", s))
        ok = ok or any(s.startswith(c + " ") or s.startswith(c + ",") for c in CONNECT)
        if not ok:
            return False
    return True


def story_sentences(title, article):
    title_n = norm(title)
    sents = split_sents(detok(article))
    # a cut final sentence ending on a number or abbreviation is not trusted
    if sents:
        last = sents[-1]
        lw = last.rstrip(".").split()[-1:] or [""]
        if lw[0].lower() in ABBR or re.search(r"\d$", lw[0]):
            sents = sents[:-1]
    out, seen = [], set()
    for s in sents:
        if not keep_sentence(s, title_n):
            continue
        n = norm(s)
        if n in seen:
            continue
        seen.add(n)
        out.append(s)
    return out


def group_paras(sents, rng, lo, hi):
    paras, i = [], 0
    while i < len(sents):
        k = rng.randint(lo, hi)
        paras.append(sents[i:i + k])
        i += k
    return paras


PERSON_TRIG = {"ông", "bà", "anh", "chị"}
PLACE_TRIG = {"tại", "ở", "tỉnh", "huyện", "quận", "xã", "phường", "sông", "hồ", "vùng"}


def entities(sents):
    """(kind, name) pairs: persons after ông/bà..., places after tại/ở/tỉnh..."""
    found = []
    for s in sents:
        toks = s.split()
        for i, t in enumerate(toks[:-1]):
            tl = t.lower()
            if tl not in PERSON_TRIG and tl not in PLACE_TRIG:
                continue
            run = []
            for u in toks[i + 1:i + 5]:
                w = u.rstrip(",.;:")
                if not w or not w[0].isupper() or not w.replace("-", "").isalpha():
                    break
                run.append(w)
                if w != u:
                    break
            if len(run) < 2 or len(run) > 4 or any(w.isupper() for w in run):
                continue
            kind = "person" if tl in PERSON_TRIG else "place"
            name = " ".join(run)
            if kind == "person":
                name = ("Ông " if tl == "ông" else "Bà " if tl == "bà" else
                        "Anh " if tl == "anh" else "Chị ") + name
            if (kind, name) not in found:
                found.append((kind, name))
    return found


def make_related(related_rows):
    pool = []
    for row, t, a in related_rows:
        title = detok(t)
        ss = split_sents(detok(a[:1200]))
        teaser = ""
        for s in ss:
            if len(s.split()) >= 10 and balanced(s):
                teaser = s
                break
        if len(teaser) > 170:
            cut = teaser[:170].rsplit(" ", 1)[0].rstrip(",;:")
            teaser = cut + "..."
        if title:
            pool.append({"row": row, "title": title, "teaser": teaser})
    return pool


# ---------------------------------------------------------------- pools
NAMES = ["Nguyễn Thảo Vy", "Lê Quang Khải", "Trần Bích Ngọc", "Phạm Đức Hoàng", "Hà Thu Trang",
         "Vũ Minh Tâm", "Đặng Khánh Linh", "Bùi Gia Huy", "Đỗ Thanh Nhàn", "Lương Hải Yến",
         "Tạ Quốc Bảo", "Mai Phương Thảo", "Châu Ngọc Diệp", "Kiều Văn Sơn", "Ninh Thị Hằng",
         "Lò Văn Khiêm", "Triệu Mỹ Duyên", "Quách Tuấn Kiệt", "Âu Thanh Bình", "Phan Lệ Quyên"]
SHORTN = ["Thảo Vy", "Quang Khải", "Bích Ngọc", "Đức Hoàng", "Thu Trang", "Minh Tâm",
          "Khánh Linh", "Gia Huy", "Thanh Nhàn", "Hải Yến", "Quốc Bảo", "Phương Thảo",
          "Ngọc Diệp", "Văn Sơn", "Lệ Quyên", "Mỹ Duyên"]
SCENES = [
    "Rừng ngập mặn ven biển nhìn từ trên cao vào mùa nước lớn",
    "Mực nước tại một hồ chứa thủy lợi xuống thấp trong những ngày cao điểm nắng nóng",
    "Bầu trời phủ bụi mịn nhìn từ một tòa nhà cao tầng lúc sáng sớm",
    "Tình nguyện viên thu gom rác thải nhựa trên bãi biển sau kỳ nghỉ lễ",
    "Cánh đồng lúa nứt nẻ do hạn hán kéo dài nhiều tháng",
    "Khói bụi bốc lên từ ống khói một nhà máy lúc chiều muộn",
    "Đàn cò trắng kiếm ăn trên cánh đồng ven đô",
    "Dòng sông đổi màu sau nhiều ngày mưa lớn ở thượng nguồn",
    "Cán bộ kiểm lâm tuần tra dưới tán rừng nguyên sinh",
    "Những tấm pin mặt trời được lắp trên mái nhà xưởng",
    "Nước mặn xâm nhập sâu khiến nhiều mương vườn khô cạn",
    "Người dân chèo xuồng qua khu dân cư bị ngập sau trận lũ",
    "Bãi rác tự phát hình thành ngay sát bờ kênh",
    "Một cá thể voọc được thả về môi trường tự nhiên",
    "Hàng cây xanh mới trồng dọc tuyến đường ven hồ",
    "Nông dân thu hoạch lúa sớm để tránh đợt triều cường",
    "Một trạm quan trắc không khí tự động đặt bên đường phố",
    "Rạn san hô bị tẩy trắng sau đợt nhiệt độ nước biển tăng cao",
    "Học sinh tham gia ngày hội phân loại rác tại trường",
    "Sạt lở bờ sông đe dọa nhiều căn nhà sát mép nước",
]
STORY_CAP = {
    "place": ["Quang cảnh khu vực {e} trong một buổi khảo sát thực địa",
              "Toàn cảnh {e} nhìn từ trên cao",
              "Một góc {e} vào thời điểm phóng viên ghi nhận",
              "Nhịp sống thường ngày ở {e}",
              "Đường vào {e} sau cơn mưa chiều"],
    "person": ["{e} trao đổi với phóng viên bên lề sự kiện",
               "{e} tại buổi làm việc",
               "{e} trả lời câu hỏi của báo chí",
               "{e} (giữa) cùng đoàn công tác"],
}
PROV = ["Hà Lâm", "Sơn Nguyên", "Bình Hải", "Tây Trường", "Lạc Thủy Hạ", "Nam Giang Khê"]


def fmt_date(d, style):
    dows = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
    dow = dows[d.weekday()]
    hm = f"{d.hour:02d}:{d.minute:02d}"
    dm = f"{d.day:02d}/{d.month:02d}/{d.year}"
    return {
        0: f"{dow}, {dm}, {hm} (GMT+7)",
        1: f"{dm} {hm}",
        2: f"Ngày đăng: {dm}",
        3: f"Cập nhật: {hm} {dm}",
        4: f"{d.day:02d}-{d.month:02d}-{d.year} - {hm}",
        5: f"{dow.lower().capitalize()}, ngày {d.day} tháng {d.month} năm {d.year}",
        6: f"{hm} | {dm}",
        7: f"Đăng lúc {hm} ngày {d.day:02d}.{d.month:02d}.{d.year}",
        8: f"{dm} - {hm} AM" if d.hour < 12 else f"{dm} - {d.hour - 12:02d}:{d.minute:02d} PM",
        9: f"{dow} {d.day}/{d.month}/{d.year} {hm}",
    }[style]


# ---------------------------------------------------------------- page context
class Ctx:
    def __init__(self, row, title, paras, related, sents):
        self.row = row
        self.title = title
        self.paras = paras
        self.related = related
        self.rng = R(row, "layout")
        base = datetime.datetime(2016, 1, 1, 6, 0)
        r = R(row, "date")
        self.date = base + datetime.timedelta(days=r.randint(0, 4 * 365 - 2),
                                              minutes=r.randint(0, 14 * 60))
        self.ents = entities(sents)
        self.author = self.rng.choice(NAMES)
        self.short = self.rng.choice(SHORTN)
        self.photo = self.rng.choice(SHORTN)
        self.forbidden = {norm(s) for s in sents} | {norm(title)}

    def cap(self, story_first=True):
        r = self.rng
        if self.ents and (story_first and r.random() < 0.6):
            kind, e = r.choice(self.ents)
            c = r.choice(STORY_CAP[kind]).format(e=e)
        else:
            c = r.choice(SCENES)
        return c

    def rel(self, n):
        items = [x for x in self.related
                 if norm(x["title"]) not in self.forbidden
                 and (not x["teaser"] or norm(x["teaser"]) not in self.forbidden)]
        if not items:
            return []
        n = min(n, len(items))
        return self.rng.sample(items, n)


def body_with(ctx, inserts):
    """Body paragraphs with furniture blocks placed after given paragraph positions.
    inserts: list of (fraction 0..1, [segments])."""
    segs = []
    n = len(ctx.paras)
    slots = {}
    for frac, block in inserts:
        pos = max(1, min(n - 1, int(round(frac * n)))) if n > 1 else 1
        slots.setdefault(pos, []).extend(block)
    for i, p in enumerate(ctx.paras):
        segs.append(("p", list(p)))
        if (i + 1) in slots and i + 1 < n:
            segs.extend(slots.pop(i + 1))
    for k in sorted(slots):
        segs.extend(slots[k])
    return segs


def F(kind, line):
    return ("f", kind, line)


def U(line):
    return ("u", line)


def d_short(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def other_date(ctx, back):
    d = ctx.date - datetime.timedelta(days=back)
    return d


# ---------------------------------------------------------------- layouts
def L00(c):  # Môi Trường Xanh magazine
    r = c.rng
    s = [U("MÔI TRƯỜNG XANH"),
         F("widget", "Trang chủ Thời sự Biến đổi khí hậu Đa dạng sinh học Năng lượng Sống xanh Video"),
         F("widget", "Trang chủ » Biến đổi khí hậu"),
         U(c.title),
         F("byline", f"Bài và ảnh: {c.author}"),
         U(fmt_date(c.date, 0)),
         F("widget", "Chia sẻ Facebook Zalo In bài")]
    cap = c.cap()
    ins = [(0.35, [F("caption", f"{cap} (Ảnh: {c.photo})")])]
    rel = c.rel(3)
    if rel:
        ins.append((0.65, [F("widget", "Tin liên quan:")] + [F("related", "- " + x["title"]) for x in rel[:2]]))
    s += body_with(c, ins)
    s += [F("widget", "Chủ đề: Biến đổi khí hậu"),
          F("widget", "Từ khóa: khí hậu, môi trường, phát triển bền vững"),
          F("widget", "Bạn thấy bài viết này thế nào? Hay 12 Bình thường 3"),
          F("widget", "© Tạp chí Môi Trường Xanh. Giấy phép số 218/GP-BTTTT. Email: toasoan@moitruongxanh-tc.vn")]
    return s


def L01(c):  # ministry portal
    r = c.rng
    prov = r.choice(PROV)
    s = [U("CỔNG THÔNG TIN ĐIỆN TỬ BỘ TÀI NGUYÊN VÀ PHÁT TRIỂN BỀN VỮNG"),
         F("widget", "Giới thiệu | Tin tức - Sự kiện | Văn bản pháp luật | Thủ tục hành chính | Hỏi đáp"),
         F("widget", "Trang chủ > Tin tức > Tài nguyên nước"),
         U(c.title),
         U(fmt_date(c.date, 2)),
         F("widget", f"Lượt xem: {r.randint(120, 9800):,}".replace(",", ".")),
         F("widget", "Cỡ chữ: A- A A+")]
    table = [F("widget", f"Bảng: Dung tích một số hồ chứa khu vực {prov} (triệu m³)"),
             F("widget", "Hồ chứa | Dung tích thiết kế | Hiện tại | Tỷ lệ"),
             F("widget", f"Hồ Suối Ngọc | {r.randint(80, 200)} | {r.randint(20, 79)} | {r.randint(25, 60)}%"),
             F("widget", f"Hồ Đá Bàn Thượng | {r.randint(100, 400)} | {r.randint(40, 99)} | {r.randint(30, 70)}%"),
             F("credit", "Nguồn: Trung tâm Điều hành Tài nguyên nước quốc gia")]
    s += body_with(c, [(0.5, table)])
    s += [F("byline", f"{c.short} - Vụ Thông tin và Truyền thông"),
          F("widget", "In bài viết | Gửi email | Quay lại"),
          F("widget", "Các tin khác")]
    for x in c.rel(4):
        s.append(F("related", f"{x['title']} ({d_short(other_date(c, r.randint(1, 20)))})"))
    s += [F("widget", "Cơ quan chủ quản: Bộ Tài nguyên và Phát triển Bền vững. Địa chỉ: 19 phố Liên Trì Mới, Hà Nội"),
          F("widget", "Điện thoại: 024.3795.6621 - Fax: 024.3795.6629")]
    return s


def L02(c):  # NGO Quỹ Rừng Xanh Việt
    r = c.rng
    s = [U("Quỹ Rừng Xanh Việt"),
         F("widget", "Về chúng tôi Dự án Tin tức Tham gia Quyên góp"),
         F("widget", "ỦNG HỘ NGAY"),
         F("widget", "Tin tức / Bảo tồn"),
         U(c.title),
         U(fmt_date(c.date, 5)),
         F("byline", f"Đăng bởi: {c.author}")]
    fact = [F("widget", "THÔNG TIN LOÀI"),
            F("widget", "Tên thường gọi: Voọc mông trắng"),
            F("widget", "Tên khoa học: Trachypithecus delacouri"),
            F("widget", "Tình trạng: Cực kỳ nguy cấp (CR)"),
            F("widget", f"Số lượng ước tính: khoảng {r.randint(200, 260)} cá thể")]
    cap = c.cap(False)
    s += body_with(c, [(0.3, [F("caption", f"{cap}.")]), (0.7, fact)])
    n = r.randint(4000, 60000)
    s += [F("widget", "KIẾN NGHỊ: Dừng ngay việc chuyển đổi rừng tự nhiên"),
          F("widget", f"Đã có {n:,} người ký tên. Mục tiêu: 100.000".replace(",", ".")),
          F("widget", "Họ và tên Email Ký tên"),
          F("widget", "Chia sẻ bài viết")]
    rel = c.rel(3)
    if rel:
        s.append(F("widget", "Bài viết khác"))
        s += [F("related", x["title"]) for x in rel]
    s += [F("widget", "Quỹ Rừng Xanh Việt - Tổ chức phi lợi nhuận. Hotline: 0967 118 204")]
    return s


def L03(c):  # air-quality portal
    r = c.rng
    aqi = r.randint(55, 210)
    lvl = "Trung bình" if aqi <= 100 else ("Kém" if aqi <= 150 else "Xấu")
    s = [U("KhôngKhíSạch.vn"),
         F("widget", "Bản đồ AQI Tin tức Dự báo Khuyến cáo sức khỏe Ứng dụng"),
         F("widget", f"AQI Hà Nội: {aqi} - {lvl}"),
         F("widget", f"PM2.5: {r.randint(25, 120)} µg/m³ PM10: {r.randint(40, 180)} µg/m³"),
         F("widget", f"Cập nhật lúc {r.randint(6, 11):02d}:00"),
         U(c.title),
         U(fmt_date(c.date, 3))]
    s += body_with(c, [(0.5, [F("widget", "Mức AQI 151-200: Nhóm nhạy cảm nên hạn chế ra ngoài, đeo khẩu trang đạt chuẩn.")])])
    s += [F("byline", c.author.upper()),
          F("widget", "Ghi chú dữ liệu: chỉ số AQI tính theo giờ từ các trạm quan trắc tự động, có thể chưa được hiệu chỉnh.")]
    rel = c.rel(4)
    if rel:
        s.append(F("widget", "ĐỌC NHIỀU"))
        s += [F("related", f"{i + 1}. {x['title']}") for i, x in enumerate(rel)]
    s += [F("widget", "Tải ứng dụng KhôngKhíSạch trên App Store và Google Play")]
    return s


def L04(c):  # Thủy Văn 24h hydrology
    r = c.rng
    s = [F("widget", f"Hôm nay: {fmt_date(c.date, 9).rsplit(' ', 1)[0]}"),
         U("Thủy Văn 24h"),
         F("widget", "Mực nước sông Hồ chứa Cảnh báo lũ Mưa Tin tức"),
         U(c.title),
         U(fmt_date(c.date, 4)),
         F("byline", f"PV {c.short}")]
    tbl = [F("widget", "MỰC NƯỚC CÁC SÔNG CHÍNH (7 giờ sáng nay)"),
           F("widget", f"Sông Hồng tại Hà Nội: {r.randint(300, 980) / 100:.2f} m".replace(".", ",")),
           F("widget", f"Sông Thao tại Yên Bái: {r.randint(2600, 3100) / 100:.2f} m (BĐ1: 30,00 m)".replace(".", ",", 1)),
           F("widget", f"Sông Cả tại Nam Đàn: {r.randint(300, 700) / 100:.2f} m".replace(".", ",")),
           F("credit", "Nguồn số liệu: Đài Khí tượng Thủy văn khu vực")]
    s += body_with(c, [(0.4, tbl)])
    rel = c.rel(3)
    if rel:
        s.append(F("related", "Xem thêm: " + rel[0]["title"]))
    s += [F("widget", "Thích 0 Chia sẻ Bình luận"),
          F("widget", "Thủy Văn 24h - Dữ liệu thủy văn cập nhật từng giờ. Liên hệ: lienhe@thuyvan24h.net")]
    return s


def L05(c):  # Tạp chí Sinh Thái & Đời Sống with author box
    r = c.rng
    s = [U("Sinh Thái & Đời Sống"),
         F("widget", "TẠP CHÍ ĐIỆN TỬ CỦA HỘI SINH THÁI HỌC ỨNG DỤNG"),
         F("widget", "Thời sự | Nghiên cứu | Đa dạng sinh học | Kinh tế xanh | Multimedia"),
         U(c.title),
         U(fmt_date(c.date, 1))]
    cap1, cap2 = c.cap(), c.cap(False)
    s += body_with(c, [(0.25, [F("caption", cap1 + "."), F("credit", f"Ảnh: {c.photo}")]),
                       (0.75, [F("caption", cap2 + "."), F("credit", f"Ảnh: {c.short}")])])
    s += [F("widget", "Tác giả"),
          F("byline", c.author),
          F("byline", "Thạc sĩ sinh thái học, cộng tác viên chuyên mục Đa dạng sinh học từ năm 2014."),
          F("widget", "Thẻ: Đa dạng sinh học Bảo tồn Hệ sinh thái")]
    rel = c.rel(2)
    for x in rel:
        s.append(F("related", x["title"]))
        if x["teaser"]:
            s.append(F("related", x["teaser"]))
    s += [F("widget", "Tổng biên tập: TS. Lạc Hồng Phong. Tòa soạn: 45 Hoa Lư Mới, Hà Nội")]
    return s


def L06(c):  # Báo Khí Hậu - short paragraphs, timestamps
    r = c.rng
    d = c.date
    s = [U("BÁO KHÍ HẬU"),
         F("widget", "Thời sự Khí hậu Thiên tai Năng lượng Nông nghiệp Thế giới"),
         U(c.title),
         U(fmt_date(d, 6)),
         F("widget", "Nghe bài viết 0:00 / 4:12")]
    ins = [(0.33, [F("widget", f"{(d.hour + 1) % 24:02d}:{(d.minute + 20) % 60:02d}")]),
           (0.66, [F("widget", f"{(d.hour + 2) % 24:02d}:{(d.minute + 5) % 60:02d}"),
                   F("caption", c.cap() + ". (Ảnh minh họa)")])]
    s += body_with(c, ins)
    s += [F("byline", f"{c.short} (tổng hợp)"),
          F("widget", "Từ khóa: biến đổi khí hậu thiên tai mùa mưa bão")]
    rel = c.rel(3)
    if rel:
        s.append(F("related", " / ".join(x["title"] for x in rel)))
    s += [F("widget", "Bình luận (0)"), F("widget", "Gửi bình luận"),
          F("widget", "Báo Khí Hậu - Cơ quan ngôn luận của Liên hiệp Hội Khí hậu Việt")]
    return s


def L07(c):  # Xanh Plus - tips and sponsored ads
    r = c.rng
    s = [U("XanhPlus"),
         F("widget", "Tin xanh Sống xanh Mua sắm xanh Nhà xanh Cộng đồng"),
         F("widget", "QUẢNG CÁO"),
         F("widget", "Sống xanh cùng bình lọc nước Aquabe - Giảm 20% tuần này"),
         U(c.title),
         F("byline", c.author),
         U(fmt_date(c.date, 8))]
    tips = [F("widget", "MẸO SỐNG XANH"),
            F("widget", "1. Mang theo bình nước cá nhân thay cho chai nhựa dùng một lần."),
            F("widget", "2. Tắt thiết bị điện khi không sử dụng."),
            F("widget", "3. Phân loại rác hữu cơ ngay tại nhà.")]
    s += body_with(c, [(0.5, tips)])
    s += [F("widget", "Nội dung được tài trợ"),
          F("widget", "Túi vải Lá Chuối Xanh - sống xanh mỗi ngày. Đặt hàng: 1800 6688"),
          F("widget", "Chia sẻ 24 Lưu bài")]
    rel = c.rel(4)
    if rel:
        s.append(F("widget", "Có thể bạn quan tâm"))
        s += [F("related", "• " + x["title"]) for x in rel]
    s += [F("widget", "© 2019 XanhPlus. Ghi rõ nguồn XanhPlus khi phát hành lại thông tin.")]
    return s


def L08(c):  # Đất Và Nước - satellite captions
    r = c.rng
    yr = c.date.year
    s = [U("ĐẤT VÀ NƯỚC"),
         F("widget", "Tạp chí Đất và Nước > Tài nguyên > Bản đồ & Dữ liệu"),
         U(c.title),
         U(fmt_date(c.date, 7)),
         F("byline", f"{c.author} - {c.rng.choice(SHORTN)}")]
    sat = [F("widget", "[Ảnh vệ tinh]"),
           F("caption", f"Ảnh vệ tinh chụp khu vực nghiên cứu năm {yr - 5} (trái) và năm {yr} (phải) cho thấy diện tích mặt nước thay đổi rõ rệt."),
           F("credit", "Ảnh vệ tinh: Trạm thu ảnh VNSat-Lab")]
    mp = [F("caption", "Bản đồ phân vùng nguy cơ sạt lở, màu đỏ thể hiện khu vực nguy cơ rất cao."),
          F("credit", "Đồ họa: Minh Trí")]
    s += body_with(c, [(0.3, sat), (0.7, mp)])
    s += [F("widget", "Chủ đề: Biến đổi khí hậu"),
          F("widget", "Chủ đề: Tài nguyên nước")]
    rel = c.rel(3)
    if rel:
        s.append(F("widget", "CÙNG CHUYÊN MỤC"))
        for x in rel:
            s.append(F("related", f"{x['title']} - {x['teaser']}" if x["teaser"] else x["title"]))
    s += [F("widget", "Lên đầu trang")]
    return s


def L09(c):  # Tin Rừng - event calendar
    r = c.rng
    d = c.date
    s = [U("tinrung.org"),
         F("widget", "Tin rừng | Kiểm lâm | Động vật hoang dã | Sự kiện | Liên hệ"),
         U(c.title),
         F("widget", f"Chuyên mục: Kiểm lâm - {r.randint(2, 40)} bình luận"),
         U(fmt_date(d, 1)),
         F("caption", c.cap() + "."),
         F("credit", f"Ảnh: {c.photo}/Tin Rừng")]
    s += body_with(c, [])
    s += [F("byline", f"Theo Tin Rừng"),
          F("widget", "LỊCH SỰ KIỆN"),
          F("widget", f"{(d + datetime.timedelta(days=6)).day:02d}/{(d + datetime.timedelta(days=6)).month:02d} - Hội thảo quản lý rừng cộng đồng, Buôn Ma Thuột"),
          F("widget", f"{(d + datetime.timedelta(days=13)).day:02d}/{(d + datetime.timedelta(days=13)).month:02d} - Ngày hội trồng cây vì khí hậu, Đà Lạt"),
          F("widget", "Xem tất cả sự kiện")]
    rel = c.rel(3)
    if rel:
        s.append(F("widget", "Tin cùng chuyên mục"))
        s += [F("related", f"» {x['title']}") for x in rel]
    return s


def L10(c):  # Green Vietnam Today - ALL CAPS byline at end
    r = c.rng
    s = [F("widget", "Đăng nhập | Đăng ký | English"),
         U("Green Vietnam Today"),
         F("widget", "Môi trường Khí hậu Nước Rừng Biển Đô thị xanh"),
         F("widget", "Môi trường"),
         U(c.title),
         U(fmt_date(c.date, 0))]
    ins = [(0.5, [F("widget", "Phóng to"), F("caption", c.cap() + "."), F("credit", f"Ảnh: GVT")])]
    rel = c.rel(3)
    if rel:
        ins.append((0.8, [F("related", "Đọc thêm: " + rel[0]["title"])]))
    s += body_with(c, ins)
    s += [F("byline", c.author.upper()),
          F("widget", "Tags: khí hậu rác thải nhựa năng lượng tái tạo"),
          F("widget", "Gửi bài viết qua email In Chia sẻ")]
    for x in rel[1:]:
        s.append(F("related", x["title"]))
    s += [F("widget", "Green Vietnam Today © 2018. All rights reserved.")]
    return s


def L11(c):  # Nông Nghiệp Sinh Thái - Xem thêm inline
    r = c.rng
    s = [U("Nông Nghiệp Sinh Thái Online"),
         F("widget", "Trang chủ / Tài nguyên - Môi trường / Đất đai"),
         U(c.title),
         U(fmt_date(c.date, 9)),
         F("widget", "Facebook Twitter Zalo")]
    rel = c.rel(4)
    ins = []
    if rel:
        ins.append((0.3, [F("related", "Xem thêm: " + rel[0]["title"])]))
    if len(rel) > 1:
        ins.append((0.7, [F("related", "Xem thêm: " + rel[1]["title"])]))
    ins.append((0.5, [F("caption", f"{c.cap()}. Ảnh: {c.photo}")]))
    s += body_with(c, ins)
    s += [F("byline", f"{c.author} - {r.choice(PROV)}"),
          F("widget", "Tin khác")]
    s += [F("related", x["title"]) for x in rel[2:]]
    s += [F("widget", "Đường dây nóng: 0916 224 830")]
    return s


def L12(c):  # Biển Đảo Xanh - gallery captions numbered
    r = c.rng
    n = r.randint(5, 12)
    s = [U("Biển Đảo Xanh"),
         F("widget", "Đại dương | Nghề cá | Rạn san hô | Ô nhiễm biển | Ảnh"),
         F("widget", "Ô nhiễm biển"),
         U(c.title)]
    s += [U(fmt_date(c.date, 4))]
    gal = [F("widget", f"Ảnh 1/{n}"), F("caption", c.cap() + "."),
           F("widget", f"Ảnh 2/{n}"), F("caption", c.cap(False) + ".")]
    s += body_with(c, [(0.5, gal)])
    s += [F("byline", f"Nhóm phóng viên Biển Đảo Xanh"),
          F("widget", "Xem thêm ảnh"),
          F("widget", "Chủ đề: Rác thải nhựa đại dương")]
    rel = c.rel(3)
    if rel:
        s.append(F("widget", "TIN MỚI"))
        for x in rel:
            s.append(F("related", f"{x['title']} {d_short(other_date(c, r.randint(0, 5)))}"))
    return s


def L13(c):  # Năng Lượng Sạch - data notes
    r = c.rng
    s = [U("nangluongsach.vn"),
         F("widget", "Điện mặt trời Điện gió Thủy điện Tiết kiệm năng lượng Chính sách"),
         U(c.title),
         F("byline", f"{c.author} | {fmt_date(c.date, 1)}")]
    # date is inside the byline line here: site, title only unlabelled
    info = [F("widget", "Công suất lắp đặt điện mặt trời (MW)"),
            F("widget", f"2016: {r.randint(5, 20)} 2017: {r.randint(60, 150)} 2018: {r.randint(300, 500)}"),
            F("credit", "Nguồn: Trung tâm Năng lượng Xanh Việt Nam")]
    s += body_with(c, [(0.5, info)])
    s += [F("widget", "Ghi chú: Số liệu năm gần nhất là số liệu tạm tính."),
          F("widget", "Bài viết có hữu ích với bạn? Có Không")]
    rel = c.rel(3)
    if rel:
        s.append(F("widget", "Tin liên quan"))
        s += [F("related", x["title"]) for x in rel]
    s += [F("widget", "Bản quyền thuộc Năng Lượng Sạch. Email: bbt@nangluongsach-vn.com")]
    return s


def L14(c):  # Sở Tài nguyên tỉnh portal
    r = c.rng
    prov = r.choice(PROV)
    s = [U(f"SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH {prov.upper()}"),
         F("widget", "Trang chủ Giới thiệu Tin tức Văn bản Dịch vụ công Liên hệ"),
         F("widget", "Tin hoạt động ngành"),
         U(c.title),
         U(fmt_date(c.date, 2))]
    s += body_with(c, [])
    s += [F("byline", f"{c.author} (Trung tâm Công nghệ thông tin)"),
          F("widget", "Tệp đính kèm: KeHoach_BVMT_2018.pdf"),
          F("widget", "Lượt xem: " + str(r.randint(40, 900))),
          F("widget", "Các tin đã đưa")]
    for x in c.rel(4):
        s.append(F("related", f"- {x['title']} ({d_short(other_date(c, r.randint(2, 30)))})"))
    s += [F("widget", f"Bản quyền thuộc Sở Tài nguyên và Môi trường tỉnh {prov}"),
          F("widget", "Địa chỉ: Số 8 đường Trần Hưng Đạo Mới. Điện thoại: 0235.3822.117")]
    return s


def L15(c):  # Hành Tinh Xanh - comments
    r = c.rng
    s = [U("Hành Tinh Xanh"),
         F("widget", "Thời sự · Khí hậu · Thiên nhiên · Con người · Góc nhìn"),
         U(c.title),
         U(fmt_date(c.date, 3)),
         F("byline", c.short)]
    s += body_with(c, [(0.5, [F("caption", c.cap() + "."), F("credit", "Ảnh: HTX")])])
    s += [F("widget", "Thích 35 Haha 2 Buồn 14"),
          F("widget", "Ý kiến bạn đọc (2)"),
          F("widget", "Trọng Nghĩa"),
          F("widget", "Mong các cơ quan chức năng vào cuộc sớm, người dân quá khổ rồi."),
          F("widget", "Trả lời Thích 8"),
          F("widget", "Hồng Nhung"),
          F("widget", "Bài viết rất hay, cảm ơn tác giả."),
          F("widget", "Trả lời Thích 2")]
    rel = c.rel(3)
    if rel:
        s.append(F("widget", "Đọc tiếp"))
        s += [F("related", x["title"]) for x in rel]
    return s


def L16(c):  # EcoNews Việt - pledge widget
    r = c.rng
    s = [U("EcoNews Việt"),
         F("widget", "Tin tức Khí hậu Rác thải Nước sạch Cam kết xanh"),
         F("widget", "Tin tức › Khí hậu"),
         U(c.title),
         U(fmt_date(c.date, 6)),
         F("byline", f"Bài: {c.author}. Ảnh: {c.photo}")]
    pledge = [F("widget", "CAM KẾT XANH"),
              F("widget", "Tôi cam kết nói không với túi ni lông và ống hút nhựa."),
              F("widget", f"{r.randint(1000, 50000):,} người đã cam kết".replace(",", ".")),
              F("widget", "Tham gia cam kết")]
    rel = c.rel(4)
    ins = [(0.6, pledge)]
    if rel:
        ins.append((0.3, [F("related", f"{rel[0]['title']}")]))
    s += body_with(c, ins)
    s += [F("widget", "Chủ đề: Biến đổi khí hậu"),
          F("widget", "Chủ đề: Rác thải nhựa")]
    for i, x in enumerate(rel[1:], 1):
        s.append(F("related", f"{i}. {x['title']}"))
    s += [F("widget", "Đăng ký nhận bản tin EcoNews hàng tuần"), F("widget", "Nhập email Đăng ký")]
    return s


def L17(c):  # Thời Báo Thiên Nhiên - headline + teaser
    r = c.rng
    s = [U("THỜI BÁO THIÊN NHIÊN"),
         F("widget", "Thời sự | Thiên nhiên | Khoa học | Bảo tồn | Du lịch sinh thái"),
         U(fmt_date(c.date, 5)),
         U(c.title),
         F("widget", "Nghe đọc bài")]
    s += body_with(c, [(0.4, [F("caption", c.cap() + "."), F("credit", f"Ảnh: {c.photo}/TBTN")])])
    s += [F("byline", f"{c.author} (theo Thời Báo Thiên Nhiên)")]
    rel = c.rel(3)
    if rel:
        s.append(F("widget", "TIN LIÊN QUAN"))
        for x in rel:
            if x["teaser"]:
                s.append(F("related", f"{x['title']} - {x['teaser']}"))
            else:
                s.append(F("related", x["title"]))
    s += [F("widget", "Quảng cáo"),
          F("widget", "Tour sinh thái rừng Nam Cát Thạch 3 ngày 2 đêm chỉ từ 1.990.000 đồng")]
    return s


def L18(c):  # Khí Tượng & Đời Sống - weather widget
    r = c.rng
    t = r.randint(24, 37)
    s = [U("Khí Tượng & Đời Sống"),
         F("widget", f"Hà Nội {t}°C Độ ẩm {r.randint(55, 95)}%"),
         F("widget", "Dự báo Cảnh báo thiên tai Khí hậu Nông vụ Tin tức"),
         U(c.title),
         F("byline", f"{c.short} - {c.rng.choice(SHORTN)}"),
         U(fmt_date(c.date, 1))]
    fc = [F("widget", "DỰ BÁO 3 NGÀY TỚI"),
          F("widget", f"Ngày mai: {t - 2}-{t + 1}°C, mưa rào và dông vài nơi"),
          F("widget", f"Ngày kia: {t - 1}-{t + 2}°C, nắng gián đoạn"),
          F("widget", "Xem chi tiết dự báo")]
    s += body_with(c, [(0.5, fc)])
    s += [F("credit", "Nguồn: Trung tâm Khí tượng Đời Sống"),
          F("widget", "Chủ đề: Biến đổi khí hậu")]
    rel = c.rel(4)
    if rel:
        s.append(F("widget", "Tin mới cập nhật"))
        for x in rel:
            s.append(F("widget", d_short(other_date(c, r.randint(0, 3)))))
            s.append(F("related", x["title"]))
    return s


def L19(c):  # Sống Xanh Mỗi Ngày - blog
    r = c.rng
    s = [U("Sống Xanh Mỗi Ngày"),
         F("widget", "Trang chủ Blog Mẹo hay Cộng đồng Cửa hàng"),
         U(c.title),
         F("byline", f"Người viết: {c.author}"),
         U(fmt_date(c.date, 5)),
         F("widget", f"{r.randint(3, 9)} phút đọc")]
    ins = [(0.5, [F("caption", c.cap() + "."), F("credit", "Nguồn: Sống Xanh Mỗi Ngày")]),
           (0.8, [F("widget", "Được tài trợ"),
                  F("widget", "Ống hút tre Mộc Lam - sống xanh không khó, giao hàng toàn quốc")])]
    s += body_with(c, ins)
    s += [F("widget", "Nếu thấy hay, hãy chia sẻ để lan tỏa lối sống xanh!"),
          F("widget", "Thẻ: sống xanh, giảm rác thải, tiêu dùng bền vững")]
    rel = c.rel(3)
    if rel:
        s.append(F("widget", "Bài viết liên quan"))
        s += [F("related", x["title"]) for x in rel]
    s += [F("widget", "Bình luận"), F("widget", "Để lại bình luận của bạn...")]
    return s


LAYOUTS = [L00, L01, L02, L03, L04, L05, L06, L07, L08, L09,
           L10, L11, L12, L13, L14, L15, L16, L17, L18, L19]
LAYOUT_NAMES = ["moitruongxanh", "bo-tnptbv", "quyrungxanh", "khongkhisach", "thuyvan24h",
                "sinhthai-doisong", "baokhihau", "xanhplus", "datvanuoc", "tinrung",
                "greenvietnamtoday", "nongnghiepsinhthai", "biendaoxanh", "nangluongsach",
                "so-tnmt-tinh", "hanhtinhxanh", "econewsviet", "thoibaothiennhien",
                "khituong-doisong", "songxanhmoingay"]
PARA = [(2, 3), (1, 2), (2, 4), (1, 3), (1, 2), (3, 4), (1, 1), (1, 2), (2, 3), (2, 4),
        (1, 3), (2, 3), (1, 2), (2, 4), (3, 4), (1, 2), (1, 3), (2, 3), (1, 2), (1, 2)]


# ---------------------------------------------------------------- faults
def _sub_space(s, rng, rep):
    idx = [i for i, ch in enumerate(s) if ch == " "]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + rep + s[i + 1:]


def _zwsp(s, rng):
    idx = [i for i in range(1, len(s)) if s[i - 1].isalpha() and s[i].isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    return s[:i] + "\u200b" + s[i:]


def apply_faults(segs, row):
    rng = R(row, "fault")
    if rng.random() >= 0.27:
        return segs, []
    faults = rng.sample(["nbsp", "zwsp", "dblspace", "glue", "nfd"], rng.choice([1, 1, 2]))
    out = [list(x) if x[0] != "p" else ["p", list(x[1])] for x in segs]
    for ft in faults:
        if ft == "nbsp":
            for x in out:
                if rng.random() < 0.35:
                    if x[0] == "p":
                        j = rng.randrange(len(x[1]))
                        x[1][j] = _sub_space(x[1][j], rng, "\u00a0")
                    elif x[0] == "f":
                        x[2] = _sub_space(x[2], rng, "\u00a0")
        elif ft == "zwsp":
            cands = [x for x in out if x[0] in ("p", "f")]
            for x in rng.sample(cands, min(3, len(cands))):
                if x[0] == "p":
                    j = rng.randrange(len(x[1]))
                    x[1][j] = _zwsp(x[1][j], rng)
                else:
                    x[2] = _zwsp(x[2], rng)
        elif ft == "dblspace":
            cands = [x for x in out if x[0] in ("p", "f")]
            for x in rng.sample(cands, min(2, len(cands))):
                if x[0] == "p":
                    j = rng.randrange(len(x[1]))
                    x[1][j] = _sub_space(x[1][j], rng, "  ")
                else:
                    x[2] = _sub_space(x[2], rng, "  ")
        elif ft == "glue":
            cands = [x for x in out if x[0] == "p" and len(x[1]) >= 2
                     and x[1][0].endswith(".")]
            if not cands:
                continue
            x = rng.choice(cands)
            x[1][0:2] = [x[1][0] + x[1][1]]
    if "nfd" in faults:
        for x in out:
            if x[0] == "p":
                x[1] = [unicodedata.normalize("NFD", t) for t in x[1]]
            elif x[0] == "f":
                x[2] = unicodedata.normalize("NFD", x[2])
            else:
                x[1] = unicodedata.normalize("NFD", x[1])
    return [tuple(x) for x in out], faults


# ---------------------------------------------------------------- assembly & check
def assemble(segs, layout):
    lines, body, furn = [], [], []
    for x in segs:
        if x[0] == "p":
            body.extend(x[1])
            lines.append(" ".join(x[1]))
        elif x[0] == "f":
            furn.append((x[1], x[2]))
            lines.append(x[2])
        else:
            lines.append(x[1])
    return Page("\n".join(lines), body, furn, layout)


def check_page(p, title):
    lines = p.text.split("\n")
    bi = fi = 0
    unl = []
    for ln in lines:
        if not ln.strip() or ln != ln.strip():
            raise ValueError(f"blank or unstripped line: {ln!r}")
        if fi < len(p.furniture) and ln == p.furniture[fi][1]:
            if p.furniture[fi][0] not in KINDS:
                raise ValueError("bad kind")
            fi += 1
            continue
        hit = 0
        for k in range(1, 5):
            if bi + k <= len(p.body) and " ".join(p.body[bi:bi + k]) == ln:
                hit = k
                break
        if hit:
            bi += hit
            continue
        unl.append(ln)
    if bi != len(p.body) or fi != len(p.furniture):
        raise ValueError(f"walk did not use up body/furniture ({bi}/{len(p.body)}, {fi}/{len(p.furniture)})")
    if len(unl) > 3 or len({norm(u) for u in unl}) != len(unl):
        raise ValueError(f"unlabelled lines: {unl}")
    if norm(title) not in {norm(u) for u in unl}:
        raise ValueError("title not unlabelled")
    bn = {norm(b) for b in p.body}
    tn = norm(title)
    for k, ln in p.furniture:
        n = norm(ln)
        if n in bn:
            raise ValueError(f"furniture equals body: {ln!r}")
        if n in {norm(u) for u in unl}:
            raise ValueError(f"furniture repeats an unlabelled line without being widget: {ln!r}") \
                if k != "widget" else None
        if k == "related" and n == tn:
            raise ValueError("related equals title")
    for u in unl:
        if norm(u) in bn:
            raise ValueError("unlabelled equals body")
    if len(p.body) < 3:
        raise ValueError("too few body items")
    for b in p.body:
        if b not in p.text:
            raise ValueError("body item not in text")


_STATS = []


def pages(path):
    body_rows, related_rows = read_rows(path)
    related = make_related(related_rows)
    out = []
    _STATS.clear()
    for k, (row, t, a) in enumerate(body_rows):
        title = detok(t)
        sents = story_sentences(t, a)
        if len(sents) < 3 or not title:
            continue
        li = k % 20
        lo, hi = PARA[li]
        paras = group_paras(sents, R(row, "paras"), lo, hi)
        ctx = Ctx(row, title, paras, related, sents)
        segs = LAYOUTS[li](ctx)
        segs, faults = apply_faults(segs, row)
        page = assemble(segs, LAYOUT_NAMES[li])
        check_page(page, unicodedata.normalize("NFD", title) if "nfd" in faults else title)
        out.append(page)
        _STATS.append((LAYOUT_NAMES[li], faults))
    return out


def main(argv):
    path = argv[1] if len(argv) > 1 else "/work/shared/data/vietnews_train.jsonl.gz"
    ps = pages(path)
    hdr = ["layout", "pages", "body", *KINDS, "faults"]
    rows = {}
    for p, (name, faults) in zip(ps, _STATS):
        r = rows.setdefault(name, [0, 0, 0, 0, 0, 0, 0, 0])
        r[0] += 1
        r[1] += len(p.body)
        for kind, _ in p.furniture:
            r[2 + KINDS.index(kind)] += 1
        r[7] += 1 if faults else 0
    print("{:<20}".format(hdr[0]) + "".join(f"{h:>9}" for h in hdr[1:]))
    tot = [0] * 8
    for name in LAYOUT_NAMES:
        if name in rows:
            print(f"{name:<20}" + "".join(f"{v:>9}" for v in rows[name]))
            tot = [a + b for a, b in zip(tot, rows[name])]
    print(f"{'TOTAL':<20}" + "".join(f"{v:>9}" for v in tot))
    fc = {}
    for _, f in _STATS:
        for x in f:
            fc[x] = fc.get(x, 0) + 1
    print("fault kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(fc.items())))


if __name__ == "__main__":
    main(sys.argv)
