"""Held-out clean-test set 42: furniture placed by READING ORDER and PLACEMENT.

Builds news pages from VietNews train rows (standard library only, deterministic).
Usage: python eval/clean_test42/make.py /path/to/vietnews_train.jsonl.gz
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

SEED = 4242
BODY_ROWS = range(18_100, 18_200)
RELATED_ROWS = range(9_700, 9_800)
KINDS = ("byline", "credit", "caption", "related", "widget")
RELATED_CHARS = 1_200


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def rng(row: int, purpose: str) -> random.Random:
    return random.Random(f"test42|seed={SEED}|row={row}|{purpose}")


# --------------------------------------------------------------------- reading
def read_rows(train_path):
    """Read the gz file once, line by line (split on b"\\n" only); stop after the last row needed."""
    want_body, want_rel = set(BODY_ROWS), set(RELATED_ROWS)
    last = max(max(BODY_ROWS), max(RELATED_ROWS))
    body, related = [], []
    with gzip.open(train_path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i in want_body or i in want_rel:
                rec = usable(raw)
                if rec is not None:
                    (body if i in want_body else related).append((i, rec[0], rec[1]))
            if i >= last:
                break
    return body, related


def usable(raw: bytes):
    line = raw.decode("utf-8", errors="strict") if isinstance(raw, bytes) else raw
    if line.endswith("\n"):
        line = line[:-1]
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    if not isinstance(obj, dict):
        return None
    title, article = obj.get("title"), obj.get("article")
    if not isinstance(title, str) or not isinstance(article, str):
        return None
    if not title.strip() or not article.strip():
        return None
    return " ".join(title.split()), article


# ------------------------------------------------------------ sentence splitter
ABBREV = {"TP", "TS", "ThS", "PGS", "GS", "BS", "KS", "Th", "St", "Mr", "Mrs", "Ms", "Dr",
          "Tp", "Q", "P", "TT", "NXB", "Jr", "Sr", "No", "vs", "v.v", "Co", "Ltd", "Inc", "Lt", "Gen"}
OPEN_Q, CLOSE_Q = "“‘", "”’"


def split_sentences(text: str) -> list:
    """Split VietNews text (detokenized, quotes spaced) into sentences."""
    text = " ".join(text.split())
    out, start, depth, straight = [], 0, 0, False
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth = max(0, depth - 1)
        elif ch == '"':
            straight = not straight
        elif ch in ".!?…":
            j = i
            while j + 1 < n and text[j + 1] in ".!?…":
                j += 1
            k = j + 1
            # an immediately following closing quote belongs to this sentence
            d2, s2 = depth, straight
            m = k
            while m < n and text[m] == " " and m + 1 < n and text[m + 1] in '"”':
                if text[m + 1] == '"' and s2:
                    s2 = False
                elif text[m + 1] == "”" and d2:
                    d2 -= 1
                else:
                    break
                m += 2
            if m < n and text[m] == " " and m + 1 < n and d2 == 0 and not s2:
                nxt = text[m + 1]
                prev_tok = text[start:i].split(" ")[-1] if text[start:i] else ""
                is_abbrev = ch == "." and j == i and (
                    prev_tok in ABBREV or (len(prev_tok) == 1 and prev_tok.isupper())
                    or re.fullmatch(r"(?:[A-ZĐ]\.)+[A-ZĐ]", prev_tok or "-") is not None)
                if (nxt.isupper() or nxt.isdigit() or nxt in '"“(') and not is_abbrev:
                    out.append(text[start:m].strip())
                    start, depth, straight = m + 1, d2, s2
                    i = m + 1
                    continue
            i = j + 1
            continue
        i += 1
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


def balanced(s: str) -> bool:
    return s.count('"') % 2 == 0 and s.count("“") == s.count("”") and s.count("(") == s.count(")")


def ends_sentence(s: str) -> bool:
    return bool(re.search(r"[.!?…](?:\s*[\"”’])?$", s))


# ------------------------------------------------------- taking out the story
MARKER = re.compile(r"(?i)(?:\b(?:ảnh|video|clip|đồ hoạ|đồ họa|nguồn|infographic)\s*:|"
                    r"ảnh (?:trên|dưới|minh hoạ|minh họa|bên)|trong ảnh|\(ảnh|"
                    r"\bxem thêm\b|> >|>>|\bvideo\b|\bclip\b|\bảnh chụp\b)")
NAME_TOKEN = re.compile(r"^(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ][\w.]*|-|&|và)$")

# Hand review (see README): sentences that are photo captions (-> caption lines) or that are
# sub-headings / interview questions / otherwise not clean story text (-> left off).
# Keyed by row; values are sentence prefixes.
HAND_CAPTION: dict = {
    18100: ('Phó thủ tướng Trịnh Đình Dũng kiểm tra thực tế',),
    18103: ('Biển hiệu của cơ sở mầm non Đồ Rê Mí khi chưa',),
    18105: ('TP HCM kiến nghị Trung ương thưởng hơn 10.000',),
    18106: ('Cảnh sát giao thông dọn bùn đất.',),
    18107: ('3 ngay sau sự cố',),
    18108: ('Vùng biển nơi phát hiện vật nghi',),
    18111: ('Nhiều người múc nước từ vệ đường',),
    18114: ('Ông Trương Quang Nghĩa giải đáp ý kiến cử tri vào',),
    18115: ('Các ngư dân được sơ cứu và chuyển về bờ.',),
    18116: ('Xe biển xanh bị xử phạt trên đường',),
    18117: ('Dự án nạo vét sông Đồng Nai của Công ty',),
    18118: ('Xe gạo sang tải ngay trên cao tốc',),
    18119: ('Khu vực nơi 3 thanh niên rơi xuống nước',),
    18120: ('Khách sạn bốc cháy trưa nay.',),
    18121: ('Chiếc tàu cá bị chìm chỉ còn', 'Bảy ngư dân được cứu hộ kịp thời.'),
    18122: ('Lãnh đạo Giáo hội Phật giáo cùng đại diện',),
    18123: ('Nhiều chỉ số môi trường được thành phố',),
    18125: ('Khu vực xử lý nước rác ở bãi rác',),
    18126: ('Cân xe trên cao tốc Nội Bài',),
    18127: ('Ông Đặng Việt Dũng, Phó chủ tịch UBND TP Đà Nẵng.',),
    18128: ('Cây chuối nở 21 hoa ở Thanh Hoá.',),
    18129: ('Nguyên Phó chủ nhiệm Uỷ ban các vấn đề xã hội',),
    18130: ('Xe container lật đè ôtô con',),
    18132: ('Tang vật 40 con dúi',),
    18133: ('Cơ quan chức năng tỉnh Bình Dương đang khám', 'Căn phòng trọ bị thiêu rụi'),
    18134: ('Sau khi tái lập năm 2004',),
    18135: ('Ông Nguyễn Điểu (ngoài cùng bên trái)',),
    18136: ('Trụ sở UBND xã Thiên Lộc, nơi',),
    18137: ('Mộc góc làng hoa Sa Đéc.',),
    18138: ('Ông Huỳnh Đức Thơ - Chủ tịch UBND TP Đà Nẵng.',),
    18140: ('Tàu Thành Công 98 (màu xanh)',),
    18141: ('Xe điện chở khách du lịch tại phố cổ',),
    18142: ('Cây dầu cổ thụ nghiêng',),
    18143: ('Ông Lê Mạnh Hùng, Tổng giám đốc ACV.',),
    18144: ('Bệnh viện Uông Bí nơi nam phạm nhân',),
    18145: ('Nhiều loài cá trên sống Bưởi',),
    18148: ('Khu vực xảy ra tai nạn.',),
    18149: ('Á quân giải vô địch U23',),
    18151: ('Chiếc xe tải đang đổ trộm nước thải', 'Đường trục chính vào Khu công nghiệp'),
    18153: ('Khu xử lý rác Đa Phước.',),
    18155: ('Bãi rác Đa Phước ở huyện Bình Chánh.',),
    18156: ('Xe khách bị phát hiện chở 8',),
    18157: ('Bức tường của bể bơi nằm sát bờ ao',),
    18160: ('Công an đang khám nghiệm hiện trường sau vụ nổ.',),
    18161: ('Công ty TNHH Công nghiệp ForViet, nơi',),
    18162: ('Đường Pháp Vân - Cầu Giẽ vừa thi công',),
    18163: ('Lắp pháo hoa tại sân đỗ',),
    18164: ('Phó chủ tịch UBND TP HCM Nguyễn Hữu Tín chỉ đạo',),
    18166: ('Chiếc xe màu xanh do chị Nhung',),
    18167: ('Xe đầu kéo do tài xế Nguyễn Quang Lịch',),
    18168: ('Hàng loạt tuyến đường ở trung tâm',),
    18169: ('Đại tá Nguyễn Văn Dung trao giấy',),
    18170: ('Dự báo đường đi và khu vực ảnh hưởng',),
    18171: ('Đám cháy thiêu rụi nhiều tài sản',),
    18172: ('Cao tốc La Sơn - Tuý Loan nối',),
    18176: ('Bãi biển Lăng Cô nơi xảy ra',),
    18178: ('Khu vực quy hoạch xây dựng cảng',),
    18181: ('Nước sông Mã đục ngầu',),
    18183: ('Hơn 5 tấn sò không nguồn gốc',),
    18185: ('Khai trường lộ thiên của Công ty',),
    18186: ('Hành khách chờ làm thủ tục với Vietjet',),
    18188: ('Đầu xe lao vào vỉa hè', 'Phần đầu xe container biến dạng'),
    18189: ('Cả chục phương tiện bị xử phạt',),
    18190: ('Dãy phòng trọ bị ám khói đen.',),
    18191: ('Chiếc xe khách bị lật ngửa',),
    18192: ('Tài xế dùng cả xếp tiền',),
    18193: ('Cá chết trôi lập lờ',),
    18194: ('Hiện trường nơi phát hiện cụ ông',),
    18195: ('Chiếc thùng phuy phát nổ khi',),
    18197: ('Một trong hai nạn nhân được tàu',),
    18198: ('Toa giường nằm mềm của tàu', 'Hành lang toa xe giường nằm'),
    18199: ('Phối cảnh trụ sở Bộ Ngoại giao',),
}
HAND_DROP: dict = {
    18145: ('Hà Nội từ đầu tháng 4/2016',),
    18155: ('Xem xét lại đơn giá',),
    18159: ('Từ đó vượt qua chính mình', 'ABG5 Danang'),
    18179: ('Đơn vị: triệu đồng',),
    18198: ('Dọc hành lang các toa xe',),
}
MAX_BODY = 7


def trailer_parts(tail: str):
    """Classify a trailer (no final punctuation): returns list of (kind, line) or None."""
    tail = tail.strip()
    out = []
    m = re.match(r"^(.*?)\s*\((Theo [^)]+)\)$", tail)
    if m:
        tail = m.group(1).strip()
        out.append(("credit", m.group(2)))
    m = re.match(r"^(.*?)\s*(?:Nguồn|Theo)\s*:?\s*(.+)$", tail)
    if m and m.group(2) and tail.startswith(("Nguồn", "Theo")):
        return out + [("credit", tail)]
    if tail:
        toks = tail.split()
        if len(toks) > 7 or any(c.isdigit() for c in tail):
            return None
        if not all(NAME_TOKEN.match(t) for t in toks if t not in ("phóng", "viên")):
            return None
        out.insert(0, ("byline", tail))
    return out


def extract(row: int, article: str):
    """Return (body sentences, own captions, trailer furniture)."""
    text = " ".join(article.split())
    trailer = []
    m = re.search(r"(?:> > |>> )?Xem thêm\s*:\s*", text)
    if m:
        rest = text[m.end():].strip()
        text = text[:m.start()].strip()
        if rest:
            trailer.append(("related", "Xem thêm: " + rest))
    sents = split_sentences(text)
    if sents and not ends_sentence(sents[-1]):
        tp = trailer_parts(sents[-1])
        sents = sents[:-1]
        if tp:
            trailer = tp + trailer
    captions, keep = [], []
    bad = [bool(MARKER.search(s)) for s in sents]
    for k, s in enumerate(sents):
        nxt_marker = k + 1 < len(sents) and re.match(r"(?i)(?:ảnh|clip|video)\s*:", sents[k + 1])
        if any(s.startswith(p) for p in HAND_CAPTION.get(row, ())) or (nxt_marker and not bad[k]):
            if len(s.split()) >= 3:
                captions.append(s)
            continue
        if bad[k] or any(s.startswith(p) for p in HAND_DROP.get(row, ())):
            continue
        words = s.split()
        if len(words) < 6 or len(words) > 90 or not balanced(s) or not ends_sentence(s):
            continue
        if s.endswith("?") and not re.search(r"[\"“”]", s):
            continue  # likely an interview question
        keep.append(s)
    return keep[:MAX_BODY], captions, trailer


# -------------------------------------------------------------- related pool
def related_item(row: int, title: str, article: str):
    text = " ".join(article.split())
    cut = len(text) > RELATED_CHARS
    sents = split_sentences(text[:RELATED_CHARS])
    if cut and sents:
        sents = sents[:-1]  # drop the last, cut-off sentence
    sents = [s for s in sents if balanced(s) and ends_sentence(s) and not MARKER.search(s)]
    cap = sents[0] if sents and len(sents[0].split()) <= 22 and not re.search(r"[\"“”]", sents[0]) else None
    teasers = [s for s in sents[1 if cap else 0:] if 8 <= len(s.split()) <= 45]
    return {"row": row, "title": title, "caption": cap, "teasers": teasers}


# ------------------------------------------------------------ invented names
SITES = ["Tin Ven Đê", "Báo Lúa Vàng", "Thời báo Gác Mái", "Cổng tin Hạ Huyền", "Nhật san Phố Gạch",
         "Tin Nhanh Mạn Thuyền", "Bản tin Đồi Sim", "Báo điện tử Rặng Tre"]
PEOPLE = ["Lưu Khánh Vy", "Đào Mạnh Tuân", "Kha Mẫn", "Tôn Nữ Diệp", "Hồ Lãm", "Quách Bội Ngân", "Mạc Thiên Ý",
          "Lục Gia Khiêm", "Ninh Tú Uyên", "Văn Khởi Nguyên", "Giáp Hạ Lam", "Thân Bảo Quỳnh"]
AGENCIES = ["TTX Sông Ngân", "Hãng tin Mây Trắng", "Kênh Hạ Huyền TV", "Đài Phù Sa FM"]
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
CATS = ["Thời sự", "Xã hội", "Giao thông", "Đô thị", "Pháp luật", "Môi trường", "Đời sống"]


def byline_variants(r, trailer_names):
    p = r.sample(PEOPLE, 3)
    pool = [p[0], p[0].upper(), f"{p[0]} - {p[1]}", f"Phóng viên: {p[0]}", f"Bài: {p[0]} | Ảnh: {p[1]}",
            f"{p[1]} ({r.choice(AGENCIES)})", f"Biên tập: {p[2]}", f"Nhóm phóng viên {r.choice(SITES)}",
            f"Thực hiện: {p[0]}, {p[1]}", f"Tác giả: {p[2].upper()}", f"{p[0]} và {p[2]}"]
    return trailer_names + r.sample(pool, 3)


def credit_variants(r):
    p = r.choice(PEOPLE)
    return r.sample([f"Theo {r.choice(SITES)}", f"Nguồn: {r.choice(SITES)}", f"Ảnh: {p}", f"Video: {r.choice(AGENCIES)}",
                     f"(Theo {r.choice(AGENCIES)})", f"Nguồn số liệu: Sở Thống kê địa phương", f"Ảnh: {p}/{r.choice(SITES)}",
                     f"Bài đăng lại từ {r.choice(SITES)}", f"Số liệu: {r.choice(AGENCIES)} tổng hợp", f"Nguồn ảnh: {p}"], 3)


GENERIC_CAPTIONS = ["Toàn cảnh khu vực sáng nay nhìn từ trên cao.", "Người dân theo dõi diễn biến từ xa.",
                    "Lực lượng chức năng có mặt tại hiện trường", "Biểu đồ: diễn biến số liệu qua các năm",
                    "Một góc khu vực được nhắc tới trong bài (ảnh tư liệu).", "Hình ảnh ghi lại từ camera của người dân.",
                    "Khung cảnh buổi chiều cùng ngày", "Bản đồ khu vực bị ảnh hưởng."]


def date_line(r):
    return (f"{r.choice(WEEKDAYS)}, {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2014, 2019)}, "
            f"{r.randint(5, 22):02d}:{r.randint(0, 59):02d} (GMT+7)")


# ------------------------------------------------------------------- layouts
def _rel_headlines(r, rel, n):
    return [x["title"] for x in r.sample(rel, min(n, len(rel)))]


def _teaser(r, rel, cut=True):
    cands = [x for x in rel if x["teasers"]]
    x = r.choice(cands)
    t = r.choice(x["teasers"])
    if cut:
        w = t.split()
        t = " ".join(w[:r.randint(6, max(6, min(14, len(w) - 2)))]).rstrip(",;:") + "…"
    return t


def _other_caption(r, rel):
    cands = [x["caption"] for x in rel if x["caption"]]
    return r.choice(cands) if cands and r.random() < 0.7 else r.choice(GENERIC_CAPTIONS)


def _comment(r):
    return r.choice(["Bài viết rất đáng suy ngẫm, cảm ơn tác giả.", "Mong cơ quan chức năng sớm vào cuộc xử lý dứt điểm.",
                     "Chỗ nhà tôi cũng y như vậy, nói mãi không ai nghe.", "Đọc xong thấy thương quá!",
                     "Sao đến giờ mới xử lý vậy?", "Đồng ý với ý kiến bên trên.", "Thích · Trả lời · 2 giờ trước",
                     f"{r.choice(PEOPLE)} · {r.randint(2, 59)} phút trước", f"Xem thêm {r.randint(3, 40)} bình luận",
                     "Hy vọng lần này làm đến nơi đến chốn."])


def build(layout, r, story, rel):
    """Return a list of ('T'|'D'|'S', text) unlabelled, ('body', [items]) or (kind, text)."""
    site, title, date = story["site"], story["title"], story["date"]
    paras, caps = story["paras"], list(story["captions"])
    bys = byline_variants(r, story["bylines"])
    cr = story["credits"] + credit_variants(r)
    xem = story["xemthem"]
    L = []
    W = lambda t: L.append(("widget", t))
    head = [("S", site), ("widget", " | ".join(r.sample(CATS, 4))), ("T", title), ("D", date)]
    by_top = ("byline", bys[1])
    by_end = ("byline", bys[0])

    def body(p):
        L.append(("body", p))

    def tail():
        for x in xem:
            L.append(("related", x))
        L.append(by_end)
        if r.random() < 0.6:
            L.append(("credit", cr[0]))
        if r.random() < 0.8:
            W(r.choice(["Mời bạn đọc gửi thông tin, hình ảnh về hòm thư của toà soạn.",
                        "Bạn có câu chuyện tương tự? Hãy chia sẻ với chúng tôi.",
                        "Theo dõi chúng tôi trên mạng xã hội để nhận tin sớm nhất.",
                        "Bài viết thể hiện quan điểm của tác giả.", "Bạn thấy bài viết này thế nào?"]))
        if r.random() < 0.6:
            L.append(("related", _teaser(r, rel, cut=False)))

    if layout == "two_column_print":
        L += head + [by_top]
        side = ([("related", "Tin cùng chuyên mục")] + [("related", h) for h in _rel_headlines(r, rel, 3)]
                + [("widget", r.choice(["Quảng cáo", "Liên hệ quảng cáo: 0900 000 111", "Đặt báo in tại quầy"]))]
                + [("caption", _other_caption(r, rel)), ("related", _teaser(r, rel, cut=False))])
        for k, p in enumerate(paras):
            body(p)
            if k < len(side):
                L.append(side[k])
        L += side[len(paras):]
        tail()
    elif layout == "multipage":
        n = min(3, len(paras))
        q, m = divmod(len(paras), n)
        bounds = [i * q + min(i, m) for i in range(n + 1)]
        parts = [paras[bounds[i]:bounds[i + 1]] for i in range(n)]
        run = r.choice([f"{site} › {r.choice(CATS)}", f"{title} (tiếp theo)", f"{site.upper()} - Bản đọc nhiều trang"])
        for i, part in enumerate(parts):
            if i == 0:
                L += head + [by_top]
            else:
                W(run)
            W(r.choice(["Trang {i}/{n}", "Trang {i} trên {n}", "[{i}/{n}]"]).format(i=i + 1, n=n))
            for p in part:
                body(p)
            if i < n - 1:
                W(r.choice(["Trang sau »", "Xem tiếp trang {j} →", "Tiếp theo »"]).format(j=i + 2))
                W(r.choice(["« Trang trước | 1 2 3 | Trang sau »", f"© {site}. Mọi quyền được bảo lưu."]))
        tail()
    elif layout == "sticky_share":
        sticky = r.choice([f"{site} | Đăng nhập | Tìm kiếm", f"☰ {site}   🔍", f"{site} - Tin tức 24h"])
        share = r.choice(["Chia sẻ Facebook Zalo Sao chép liên kết", "Share | Tweet | Lưu", "f  t  in  ✉  🔗"])
        L += head + [by_top, ("widget", share)]
        for k, p in enumerate(paras):
            body(p)
            if k % 2 == 1:
                W(sticky)
                W(share)
        tail()
        W(share)
    elif layout == "sidebar_mid":
        L += head + [by_top]
        mid = max(1, len(paras) // 2)
        for k, p in enumerate(paras):
            if k == mid:
                L.append(("related", r.choice(["Đọc nhiều", "Tin mới", "Xem nhiều nhất"])))
                for j, h in enumerate(_rel_headlines(r, rel, r.randint(3, 5))):
                    L.append(("related", f"{j + 1}. {h}" if r.random() < 0.5 else h))
                L.append(("related", r.choice(["Tin mới", "Mới cập nhật"])))
                L.append(("related", _teaser(r, rel)))
                W(r.choice(["Xem tất cả", "Tải thêm tin", "›› Xem thêm"]))
            body(p)
        tail()
    elif layout == "endnotes":
        L += head
        for p in paras:
            body(p)
        L.append(by_end)
        W(r.choice(["Chú thích:", "Ghi chú", "Ghi chú của toà soạn"]))
        W(f"(1) Số liệu cập nhật đến thời điểm đăng bài, có thể thay đổi.")
        L.append(("credit", r.choice(["(2) Nguồn: báo cáo của cơ quan chức năng địa phương.", f"(2) Theo {r.choice(SITES)}"])))
        W(r.choice(["(*) Tên nhân vật có thể đã được thay đổi.", "(*) Bài viết đã được biên tập lại."]))
        L.append(("credit", cr[1]))
        for x in xem:
            L.append(("related", x))
    elif layout == "gallery_dump":
        L += head + [by_top]
        for p in paras:
            body(p)
        tail()
        W(r.choice(["Ảnh trong bài", "Thư viện ảnh", "Album ảnh"]))
        gal = caps + [r.choice(GENERIC_CAPTIONS)]
        for j, c in enumerate(gal):
            W(f"{j + 1}/{len(gal)}")
            L.append(("caption", c))
            if r.random() < 0.5:
                L.append(("credit", f"Ảnh: {r.choice(PEOPLE)}"))
        caps = []
    elif layout == "mobile_readmore":
        L += head + [by_top]
        cut = max(1, len(paras) // 2)
        for p in paras[:cut]:
            body(p)
        W(r.choice(["Xem tiếp ▼", "Đọc tiếp bài viết", "Bấm để đọc toàn bộ"]))
        L.append(("related", "Có thể bạn quan tâm"))
        for h in _rel_headlines(r, rel, 2):
            L.append(("related", h))
        L.append(("related", _teaser(r, rel)))
        for p in paras[cut:]:
            body(p)
        tail()
        W(r.choice(["Về đầu trang ▲", "Tải ứng dụng để đọc nhanh hơn"]))
    elif layout == "infinite_scroll":
        L += head + [by_top]
        for p in paras:
            body(p)
        tail()
        W(r.choice(["Bài tiếp theo", "Cuộn để đọc bài tiếp"]))
        nx = r.choice(rel)
        L.append(("related", nx["title"]))
        W(date_line(r))
        L.append(("byline", r.choice(PEOPLE)))
        L.append(("related", nx["teasers"][0] if nx["teasers"] else _teaser(r, rel)))
        if nx["caption"]:
            L.append(("caption", nx["caption"]))
    elif layout == "comments_between":
        L += head + [by_top]
        for k, p in enumerate(paras):
            body(p)
            if k < len(paras) - 1 and r.random() < 0.6:
                W(r.choice(["Bình luận", "Ý kiến bạn đọc"]))
                for _ in range(r.randint(1, 3)):
                    W(_comment(r))
        tail()
        W(f"Bình luận ({r.randint(3, 90)})")
    elif layout == "print_export":
        rh = r.choice([f"{site} - {date}", f"{title[:40].rstrip()}… | {site}", f"In từ {site}"])
        L += [("S", site), ("T", title), ("D", date), by_top]
        for k, p in enumerate(paras):
            body(p)
            if k % 2 == 1 and k < len(paras) - 1:
                W(f"Trang {k // 2 + 1}")
                W(rh)
        tail()
        W(r.choice(["https://tinvende.example/bai-viet-123.html", "In lúc 09:12, 01/01/2020", "Trang cuối"]))
    elif layout == "toc_first":
        L += [("S", site), ("T", title)]
        W(r.choice(["Mục lục", "Nội dung chính", "Trong bài này"]))
        for j in range(r.randint(2, 4)):
            W(f"{j + 1}. {r.choice(['Diễn biến', 'Ý kiến cơ quan chức năng', 'Phản ứng của người dân', 'Bước tiếp theo', 'Bối cảnh'])}")
        L += [("D", date), by_top]
        for p in paras:
            body(p)
        tail()
    elif layout == "amp_consent":
        L += head
        mid = max(1, len(paras) // 2)
        for k, p in enumerate(paras):
            if k == mid:
                W(r.choice(["Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn.",
                            "Trang này dùng cookie và công nghệ tương tự để đo lường lượt đọc."]))
                W(r.choice(["Bằng việc tiếp tục truy cập, bạn đồng ý với chính sách quyền riêng tư của chúng tôi.",
                            "Bạn có thể thay đổi lựa chọn bất cứ lúc nào trong phần cài đặt."]))
                W(r.choice(["Đồng ý", "Chấp nhận tất cả | Tuỳ chỉnh", "OK, tôi hiểu"]))
            body(p)
        tail()
        W(r.choice(["Xem bản đầy đủ", "AMP · Phiên bản rút gọn"]))
    elif layout == "newsletter":
        L += [("S", site), ("D", date)]
        W(r.choice(["Bản tin sáng", "Điểm tin 6h", "Bản tin cuối tuần"]))
        W("Chào bạn, dưới đây là những tin đáng chú ý hôm nay.")
        for h in _rel_headlines(r, rel, 2):
            L.append(("related", h))
        L.append(("related", _teaser(r, rel, cut=False)))
        L += [("T", title), by_top]
        for p in paras:
            body(p)
        tail()
        L.append(("related", r.choice(["Tin khác trong bản tin", "Cũng trong số này"])))
        for h in _rel_headlines(r, rel, 2):
            L.append(("related", h))
        W("Bạn nhận được thư này vì đã đăng ký bản tin của chúng tôi.")
        W(r.choice(["Huỷ đăng ký | Cập nhật tuỳ chọn", "Hủy nhận thư"]))
    elif layout == "saved_twice":
        nav = " | ".join(r.sample(CATS, 4))
        screen = [("widget", site), ("widget", nav), ("widget", title), ("widget", date), ("byline", bys[1])]
        L += screen + [("S", site), ("widget", nav), ("T", title), ("D", date), by_top]
        for p in paras:
            body(p)
        tail()
    elif layout == "footer_first":
        W(f"© {r.randint(2015, 2020)} {site}. Giấy phép số {r.randint(10, 999)}/GP-BTTTT.")
        W(r.choice(["Toà soạn: số 1 phố Giả Định, Hà Nội", "Liên hệ: toasoan@example.vn"]))
        W(r.choice(["Chịu trách nhiệm nội dung: " + r.choice(PEOPLE), "Tổng biên tập: " + r.choice(PEOPLE)]))
        L += head + [by_top]
        for p in paras:
            body(p)
        tail()
    elif layout == "related_inline":
        L += head + [by_top]
        for k, p in enumerate(paras):
            body(p)
            if k < len(paras) - 1 and k % 2 == 0:
                L.append(("related", r.choice(["Đọc thêm: ", "» ", "Xem thêm: "]) + r.choice(rel)["title"]))
        tail()
    else:
        raise ValueError(layout)
    # the story's own captions (not yet placed) go after a body paragraph
    body_pos = [i for i, x in enumerate(L) if x[0] == "body"]
    for c in caps:
        pos = r.choice(body_pos) + 1
        L.insert(pos, ("caption", c))
        body_pos = [i for i, x in enumerate(L) if x[0] == "body"]
    # other stories' photo captions somewhere after the story
    if r.random() < 0.5:
        L.append(("caption", _other_caption(r, rel)))
    return L


LAYOUTS = ("two_column_print", "multipage", "sticky_share", "sidebar_mid", "endnotes", "gallery_dump",
           "mobile_readmore", "infinite_scroll", "comments_between", "print_export", "toc_first",
           "amp_consent", "newsletter", "saved_twice", "footer_first", "related_inline")
FAULTS = ("nbsp", "zwsp", "double_space", "nfd", "glue")
ZW = "\u200b\u200c\u200d\u2060\ufeff"


# ---------------------------------------------------------------- faults
def apply_faults(r, L, faults):
    bodies = [x for x in L if x[0] == "body"]
    for f in faults:
        if f == "glue":
            cands = [(bi, j) for bi, x in enumerate(bodies) for j in range(len(x[1]) - 1) if x[1][j].endswith(".")]
            if cands:
                bi, j = r.choice(cands)
                items = bodies[bi][1]
                items[j:j + 2] = [items[j] + items[j + 1]]
        elif f in ("nbsp", "double_space", "zwsp"):
            for x in r.sample(bodies, min(len(bodies), r.randint(1, 3))):
                items = x[1]
                j = r.randrange(len(items))
                s = items[j]
                if f == "zwsp":
                    words = [m for m in re.finditer(r"\w{4,}", s)]
                    if words:
                        m = r.choice(words)
                        cut = m.start() + r.randint(1, len(m.group(0)) - 1)
                        s = s[:cut] + "\u200b" + s[cut:]
                else:
                    sp = [m.start() for m in re.finditer(" ", s)]
                    if sp:
                        p = r.choice(sp)
                        s = s[:p] + ("\u00a0" if f == "nbsp" else "  ") + s[p + 1:]
                items[j] = s
    return L


# -------------------------------------------------------------- contract
def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    s = "".join(c for c in s if c not in ZW)
    return "".join(s.casefold().split())


def check(page: Page) -> None:
    text, body, furn = page.text, page.body, page.furniture
    lines = text.split("\n")
    assert text and all(l and l == l.strip() for l in lines), "blank or unstripped line"
    assert body and all(b and "\n" not in b and b in text for b in body), "body not substrings"
    assert all(k in KINDS and t and "\n" not in t for k, t in furn), "bad furniture"
    nb = {norm(b) for b in body}
    assert not any(norm(t) in nb for _, t in furn), "furniture equals a body sentence"
    bi = fi = unl = 0
    for line in lines:
        for n in range(1, 5):
            if " ".join(body[bi:bi + n]) == line and bi + n <= len(body):
                bi += n
                break
        else:
            if fi < len(furn) and furn[fi][1] == line:
                fi += 1
            else:
                unl += 1
                assert not any(b in line for b in body), "unlabelled line holds body"
    assert bi == len(body) and fi == len(furn), "body/furniture not in text order"
    assert unl <= 3, "too many unlabelled lines"


# ----------------------------------------------------------------- pages
def pages(train_path) -> list:
    body_rows, related_rows = read_rows(train_path)
    rel = [related_item(i, t, a) for i, t, a in related_rows]
    rel = [x for x in rel if x["teasers"]] or rel
    out = []
    for k, (row, title, article) in enumerate(body_rows):
        layout = LAYOUTS[k % len(LAYOUTS)]
        sents, caps, trailer = extract(row, article)
        if len(sents) < 2 or not rel:
            continue
        r = rng(row, "paragraphs")
        paras, i = [], 0
        while i < len(sents):
            n = r.randint(1, 4)
            paras.append(sents[i:i + n])
            i += n
        rs = rng(row, "site")
        story = {"site": rs.choice(SITES), "title": title, "date": date_line(rs), "paras": paras, "captions": caps,
                 "bylines": [t for kd, t in trailer if kd == "byline"],
                 "credits": [t for kd, t in trailer if kd == "credit"],
                 "xemthem": [t for kd, t in trailer if kd == "related"]}
        L = build(layout, rng(row, "layout:" + layout), story, rel)
        rf = rng(row, "faults")
        faults = rf.sample(FAULTS, rf.choice((1, 1, 2))) if rf.random() < 0.25 else []
        L = apply_faults(rf, L, faults)
        lines, body, furn = [], [], []
        for kind, val in L:
            if kind == "body":
                body += val
                lines.append(" ".join(val))
            else:
                val = " ".join(val.split()) if kind in KINDS else val
                lines.append(val)
                if kind in KINDS:
                    furn.append((kind, val))
        text = "\n".join(lines)
        if "nfd" in faults:
            nf = lambda s: unicodedata.normalize("NFD", s)
            text, body, furn = nf(text), [nf(b) for b in body], [(kd, nf(t)) for kd, t in furn]
        page = Page(text, body, furn, layout)
        check(page)
        out.append(page)
        FAULT_LOG.append((layout, tuple(faults)))
    return out


FAULT_LOG: list = []


def sentence_shaped(line: str) -> bool:
    return len(line.split()) >= 4 and line.rstrip()[-1:] in ".?!"


def main(argv):
    FAULT_LOG.clear()
    ps = pages(argv[1])
    print(f"pages: {len(ps)}")
    print(f"body sentences: {sum(len(p.body) for p in ps)}")
    kinds = Counter(k for p in ps for k, _ in p.furniture)
    print("furniture lines: " + ", ".join(f"{k}={kinds[k]}" for k in KINDS) + f" (total {sum(kinds.values())})")
    print("per layout:")
    for lay in LAYOUTS:
        sel = [p for p in ps if p.layout == lay]
        kc = Counter(k for p in sel for k, _ in p.furniture)
        print(f"  {lay:18s} pages={len(sel):3d} body={sum(len(p.body) for p in sel):4d} "
              + " ".join(f"{k}={kc[k]}" for k in KINDS))
    allf = [t for p in ps for _, t in p.furniture]
    share = sum(map(sentence_shaped, allf)) / max(1, len(allf))
    print(f"sentence-shaped furniture lines: {share:.1%}")
    fc = Counter(f for _, fs in FAULT_LOG for f in fs)
    print(f"pages with faults: {sum(1 for _, fs in FAULT_LOG if fs)}; " + ", ".join(f"{f}={fc[f]}" for f in FAULTS))


if __name__ == "__main__":
    main(sys.argv)
