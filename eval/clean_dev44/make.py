"""Held-out cleaner test set 44: the language, script and register of the furniture.

Ordinary VietNews stories (rows 19,600-19,699 of vietnews_train.jsonl.gz) are wrapped in
page chrome whose language, script or register differs: bilingual vi/en sites, furniture
typed without diacritics, teen-code comments, Chinese-, Korean- and Japanese-owned Vietnamese
editions, overseas outlets with English ads, machine-translated chrome, an ethnic-minority
(Khmer) programme page, all-caps / odd-Unicode chrome, emoji and hashtags, a trilingual
tourism page, an English-language outlet reposting the story, English reader comments,
SMS-era WAP chrome and a French-language diaspora site.  Other stories' text comes only from
rows 9,900-9,999.  Standard library only; deterministic.

Usage: python eval/clean_test44/make.py /path/to/vietnews_train.jsonl.gz
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

SEED = 4444
BODY_ROWS = range(19_600, 19_700)
RELATED_ROWS = range(9_900, 10_000)
KINDS = ("byline", "credit", "caption", "related", "widget")
RELATED_CHARS = 1_200


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def rng_for(row: int, purpose: str) -> random.Random:
    return random.Random(f"test44|seed={SEED}|row={row}|{purpose}")


# --------------------------------------------------------------------------- rows

def read_rows(train_path):
    """Read the gz file once, line by line (split on b"\\n" only); stop after the last row needed."""
    wanted_last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    body, related = {}, {}
    with gzip.open(train_path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i in BODY_ROWS or i in RELATED_ROWS:
                row = parse_row(raw)
                if row is not None:
                    (body if i in BODY_ROWS else related)[i] = row
            if i >= wanted_last:
                break
    return body, related


def parse_row(raw: bytes):
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
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
    title, article = title.strip(), article.strip()
    if not title or not article:
        return None
    return title, article  # the summary field is never read


# --------------------------------------------------------------------------- splitting

ABBREV = {
    "tp.", "ts.", "ths.", "th.s.", "pgs.", "gs.", "bs.", "mr.", "mrs.", "dr.", "st.", "tt.",
    "ks.", "nxb.", "q.", "p.", "no.", "co.", "ltd.", "v.v.", "vs.", "tx.", "h.", "bsck.",
    "pgs.ts.", "gs.ts.", "inc.", "u.s.", "ths.bs.", "đ.", "tr.", "ông.",
}
UPPER_START = re.compile(r"^[\"“‘'(\[]*[A-ZÀ-ỸĐ0-9]")
SINGLE_INITIAL = re.compile(r"^[A-ZÀ-ỸĐ]\.$")
END_PUNCT = re.compile(r"(?:[.!?]|\.\.\.|…)[\"”’')\]]*$")


def _is_boundary_token(tok: str) -> bool:
    if tok in ("…", "..."):
        return True
    if not END_PUNCT.search(tok):
        return False
    if tok.lower() in ABBREV or SINGLE_INITIAL.match(tok):
        return False
    return True


def split_sentences(text: str, quote_aware: bool = True):
    toks = text.split()
    out, cur, in_quote, quoted = [], [], False, 0
    for k, tok in enumerate(toks):
        cur.append(tok)
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if quote_aware:
            if tok == '"':
                in_quote = not in_quote
                quoted = 0
                if not in_quote and len(cur) >= 2 and _is_boundary_token(cur[-2]):
                    if nxt is None or (UPPER_START.match(nxt) and nxt != '"'):
                        out.append(" ".join(cur))
                        cur = []
                continue
            if tok == "“":
                in_quote, quoted = True, 0
                continue
            if tok == "”":
                in_quote = False
                if len(cur) >= 2 and _is_boundary_token(cur[-2]) and (nxt is None or UPPER_START.match(nxt)):
                    out.append(" ".join(cur))
                    cur = []
                continue
            if in_quote:
                quoted += 1
                if quoted > 150:  # broken quoting: give up on quote awareness
                    return split_sentences(text, quote_aware=False)
                continue
        if nxt is None:
            continue
        if _is_boundary_token(tok) and UPPER_START.match(nxt):
            # '"' opening a new quoted sentence, or a capitalised word
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    if quote_aware and in_quote:
        return split_sentences(text, quote_aware=False)
    return out


NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ỸĐ][a-zà-ỹđ]+|[A-ZÀ-ỸĐ]\.)$")


def is_name_list(s: str) -> bool:
    parts = [p.strip() for p in s.split(" - ")]
    if not 1 <= len(parts) <= 3:
        return False
    for p in parts:
        toks = p.split()
        if not 2 <= len(toks) <= 4 or not all(NAME_TOKEN.match(t) for t in toks):
            return False
    return True


DROP_MARKERS = (
    ">", "Ảnh:", "Ảnh :", "ảnh:", "Xem thêm", "Clip", "clip", "Đồ hoạ", "Đồ họa", "(ảnh",
    "Ảnh minh", "ảnh minh", "trong ảnh", "Trong ảnh", "(trái)", "(phải)", "(giữa)", "từ trái",
    "Từ trái", "bên trái", "bên phải", "ảnh trên", "ảnh dưới", "Nguồn:", "Video", "video",
    "Infographic", "Mời độc giả", "độc giả", "Độc giả", "Bấm vào", "Click",
)

# Hand check (rows 19600-19699): sentences that are really photo captions, sub-headings or
# interview questions inside the running text.  "cap" = the story's own photo caption (shown as
# a caption line); "drop" = left off the page.  Keyed by row and sentence prefix.
HAND = {
    19600: {"Khu vực phát hiện ông Trung": "cap"},
    19602: {"Vừa qua Bộ Y tế": "drop", "Những loại cá ăn được": "cap"},
    19686: {"Phùng Văn Long diễn thuyết": "cap", "Nhật Anh được hỏi": "drop"},
    19603: {"Kè biển kiên cố đang": "cap", "Một số dự án xây dựng dang dở": "cap"},
    19605: {"Vết thương ở đùi": "cap"},
    19609: {"Nhiều thùng chất thải bẩn": "cap", "Tang vật liên quan vụ việc": "cap"},
    19610: {"Trụ sở Thanh tra Chính phủ": "cap"},
    19613: {"Ngọn hải đăng huyện đảo": "cap"},
    19616: {"Ôtô tập lái hư hỏng": "cap"},
    19617: {"Hiện trường nơi xảy ra": "cap", "Vết máu của nạn nhân": "cap"},
    19618: {"Bị tấn công tới tấp": "cap"},
    19619: {"Ông Quân trong nhà nghỉ": "cap"},
    19621: {"Chiếc xe tải nát đầu": "cap"},
    19622: {"Vị trí cô gái nhảy cầu": "cap"},
    19623: {"Tuyến metro Số 1 đoạn qua": "cap", "Dự án hiện mới xây dựng toà nhà": "cap"},
    19624: {"Giấy khai sinh này được lập": "cap"},
    19625: {"Số chất thải trong khuôn viên": "cap", "Những chất thải này có màu": "cap"},
    19627: {"Hai xe container chạy song song": "cap", "Kẹt xe kéo dài hàng giờ": "cap"},
    19631: {"Đại diện Hoàng gia Thái Lan": "cap"},
    19632: {"Hai em được Bộ GD": "cap"},
    19634: {"Ông Đào Minh Tuấn lúc còn": "cap"},
    19635: {"Trụ sở UBND huyện Can Lộc": "cap"},
    19637: {"Hiện trường vụ tai nạn rạng sáng": "cap"},
    19640: {"Công nhân khẩn trương thu dọn": "cap"},
    19641: {"Tổng bí thư, Chủ tịch nước Nguyễn Phú Trọng phát động": "cap"},
    19645: {"Nam thanh niên bám phao": "cap"},
    19649: {"Các ngày nghỉ dự kiến": "cap"},
    19650: {"Cá chết dạt bờ biển": "cap"},
    19654: {"Bảng tiểu sử được gắn": "cap"},
    19655: {"Hông xe cứu thương bị móp": "cap"},
    19657: {"Hướng đi dự kiến của áp thấp": "cap"},
    19658: {"Xe nhích từng chút": "cap"},
    19660: {"Vườn bưởi Phúc Trạch của người dân": "cap", "Bà Tứ hái bưởi": "cap"},
    19663: {"Người thân tìm kiếm người bị nạn": "cap"},
    19664: {"Nhiều nông dân xã Thiệu Dương bức xúc": "cap"},
    19668: {"Ngư dân Quảng Trị đưa 50 tấn": "cap"},
    19669: {"Hiện trường chiếc xe bị lửa": "cap"},
    19671: {"Tiểu thương chợ Tây Lộc": "cap", "Các tiểu thương mặc áo đỏ": "cap"},
    19672: {"Đại đức Thích Trúc Thái Minh, trụ trì": "cap"},
    19674: {"Đồ đạc hành lý": "cap"},
    19675: {"Cảnh sát khám nghiệm hiện trường": "cap"},
    19677: {"Chuyến bay hiệu chuẩn đầu tiên": "cap"},
    19678: {"Một lái xe đang được kiểm tra": "cap"},
    19679: {"Một góc thành phố Đà Lạt": "cap"},
    19680: {"Trang trại nằm trong khu rừng": "cap"},
    19681: {"Tuyến cao tốc có mật độ": "cap"},
    19685: {"Cố nhạc sỹ Thuận Yến": "cap"},
    19693: {"Căn nhà nghi bị phóng hoả": "cap", "Chiếc giường ngủ của gia đình": "cap"},
    19694: {"Phối cảnh biểu tượng hoa": "cap"},
    19695: {"Vết nứt chạy dài mố cầu": "cap"},
    19698: {"Ôtô 4 chỗ biến dạng sau": "cap", "Hai cha con gào thét trong": "cap"},
    19699: {"Phối cảnh tổng thể": "cap"},
}


def story(row: int, article: str):
    """Return (sentences, captions, names, sources) for a body row."""
    sents = split_sentences(article)
    names, sources, captions = [], [], []
    # trailer: a last segment without end punctuation is the author / source line
    if sents and not END_PUNCT.search(sents[-1]):
        last = sents.pop()
        m = re.match(r"^\(?(Theo|Nguồn:?)\s+(.{2,40}?)\)?$", last)
        if is_name_list(last):
            names = [p.strip() for p in last.split(" - ")]
        elif m and len(last.split()) <= 6:
            sources.append(m.group(2).strip())
    elif sents:
        m = re.match(r"^\(?(Theo|Nguồn:?)\s+(.{2,40}?)\)?\.?$", sents[-1])
        if m and len(sents[-1].split()) <= 6:
            sources.append(m.group(2).strip())
            sents.pop()
    hand = HAND.get(row, {})
    keep = []
    for k, s in enumerate(sents):
        verdict = next((v for p, v in hand.items() if s.startswith(p)), None)
        nxt = sents[k + 1] if k + 1 < len(sents) else ""
        if verdict == "cap":
            captions.append(s)
            continue
        if verdict == "drop":
            continue
        if nxt.startswith(("Ảnh:", "Ảnh :", "Video", "> >")) and nxt.startswith("Ảnh"):
            # the sentence just before a fused photo credit is that photo's caption
            if 5 <= len(s.split()) <= 40 and not any(m in s for m in DROP_MARKERS):
                captions.append(s)
            continue
        if any(m in s for m in DROP_MARKERS):
            continue
        words = s.split()
        if len(words) < 6 or len(words) > 90:
            continue
        if not re.search(r"[.!]['\"”’)]*$|…$|\.\.\.$", s):
            continue  # questions and cut-off text
        if s.startswith(("-", "–", "+", "*")) or s.count('"') % 2 or "?" in s and s.endswith("?"):
            continue
        if s.count("“") != s.count("”"):
            continue
        if sum(1 for w in words if w[:1].isupper()) > 0.7 * len(words):
            continue  # sub-heading in title case
        keep.append(s)
    return keep, captions, names, sources


def related_item(title: str, article: str):
    cut = article[:RELATED_CHARS]
    sents = split_sentences(cut)
    if len(article) > RELATED_CHARS and sents:
        sents = sents[:-1]  # drop the last, cut-off sentence
    sents = [s for s in sents if END_PUNCT.search(s) and not any(m in s for m in (">", "Ảnh:", "Video"))]
    return {"title": title, "sents": sents}


# --------------------------------------------------------------------------- text helpers

def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u200b", "").replace("\u200c", "").replace("\u200d", "").replace("\ufeff", "")
    return "".join(s.split()).casefold()


def strip_marks(s: str) -> str:
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("đ", "d").replace("Đ", "D")


def fancy(s: str) -> str:
    """Mathematical bold letters for ASCII letters, keeping diacritics as combining marks."""
    out = []
    for c in unicodedata.normalize("NFD", s):
        if "A" <= c <= "Z":
            out.append(chr(0x1D400 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x1D41A + ord(c) - 97))
        else:
            out.append(c)
    return "".join(out)


def fullwidth_digits(s: str) -> str:
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() and c.isascii() else c for c in s)


def teaser(s: str, r: random.Random) -> str:
    words = s.split()
    if len(words) > 12 and r.random() < 0.4:
        n = r.randint(8, min(20, len(words) - 2))
        return " ".join(words[:n]).rstrip(",;:") + r.choice([" …", "…", "...", " ..."])
    return s


def pick(r: random.Random, options):
    return options[r.randrange(len(options))]


# --------------------------------------------------------------------------- layouts
# Every name below (outlets, brands, people, handles, agencies) is invented.

INVENTED_NAMES = ["Lạc Thiên Vũ", "Mạc Khả Di", "Tôn Nữ Hạ Vy", "Quách Tịnh An", "Hồ Diệp Lam",
                  "Khổng Minh Triết", "Văn Thư Kỳ", "Lâm Khuê Tú", "Doãn Bảo Hân", "Ông Gia Lạc"]
AGENCIES = ["Thông tấn Mekong", "VNP Wire", "Hãng tin Lam Sơn", "AsiaLink News"]
WEEKDAYS_VI = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def date_parts(r):
    y, m, d = r.randint(2014, 2019), r.randint(1, 12), r.randint(1, 28)
    return y, m, d, r.randint(0, 23), r.randint(0, 59), r.randrange(7)


def date_vi(r):
    y, m, d, hh, mm, wd = date_parts(r)
    return pick(r, [f"{WEEKDAYS_VI[wd]}, {d}/{m}/{y}, {hh:02d}:{mm:02d} (GMT+7)",
                    f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}", f"Cập nhật lúc {hh:02d}h{mm:02d} ngày {d}/{m}/{y}"])


def date_en(r):
    y, m, d, hh, mm, wd = date_parts(r)
    return pick(r, [f"{WEEKDAYS_EN[wd]}, {MONTHS_EN[m - 1]} {d}, {y} | {hh % 12 or 12}:{mm:02d} {'PM' if hh >= 12 else 'AM'}",
                    f"Published {MONTHS_EN[m - 1][:3]} {d}, {y}, {hh:02d}:{mm:02d} GMT+7", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}"])


def L(**kw):
    return kw


LAYOUTS_DEF = {
    "bilingual_vi_en": L(
        site=["Mekong Bridge News | Tin Cầu Nối", "SaigonDuo Daily"], date=date_vi,
        nav=[["Home | Trang chủ", "News | Thời sự", "Business | Kinh doanh", "Life | Đời sống"],
             ["Tiếng Việt | English", "Subscribe / Đăng ký", "Search / Tìm kiếm"]],
        by=["{n}", "Reporter / Phóng viên: {n}", "By {n}", "Bài: {n}"],
        cr=["Ảnh / Photo: {n}", "Photo: {n}", "Ảnh: {n}", "Source / Nguồn: {s}"],
        capown=["{c}", "{c} Ảnh: {n}", "{c} (Photo: {n})"],
        capother=["Illustration photo: {c}", "{c}", "Ảnh minh hoạ / Illustrative image: {c}"],
        relhead=["Related news / Tin liên quan", "Read more | Đọc thêm", "You may also like"],
        widgets=["Share this article / Chia sẻ bài viết", "Font size: A- A+", "Print | In bài",
                 "Translate this page into English?", "Advertisement / Quảng cáo"],
        comhead=["Comments / Bình luận ({k})"],
        comments=["Bài viết rất hữu ích, cảm ơn tòa soạn.", "Great report, thanks for the English summary!",
                  "Mong cơ quan chức năng vào cuộc sớm.", "Is there an English version of this story?"],
        footer=["© Mekong Bridge Media. All rights reserved. Bản quyền thuộc về Mekong Bridge.",
                "About us · Giới thiệu · Contact · Liên hệ", "Giấy phép số {k}/GP-BTTTT. Licence no. {k}."],
    ),
    "no_diacritics_forum": L(
        site=["Dien dan Sinh Vien Que Huong", "forum.langgio.vn"], date=date_vi,
        nav=[["Trang chu", "Dien dan", "Tin tuc", "Thanh vien", "Dang nhap"], ["Chao khach! Vui long dang ky de tham gia thao luan."]],
        by=["Nguoi dang: {a}", "Post by {a}", "{n} (sưu tầm)", "Tac gia bai goc: {n}"],
        cr=["Nguon: {s}", "Theo {s}", "Anh: {n}", "copy tu {s}"],
        capown=["{c}", "Hinh: {c}"], capother=["{c}", "(hinh) {c}"],
        relhead=["Tin lien quan", "Cac bai cung chuyen muc", "Chu de tuong tu"],
        widgets=["Tra loi | Trich dan | Bao cao", "Tra loi nhanh", "Sua bai cuoi boi {a}; luc {h}.",
                 "Chu de nay da duoc xem {k} lan", "Trang 1 / {k}"],
        comhead=["Binh luan ({k})", "Cac tra loi"],
        comments=["Doc ma thay buon qua, mong moi nguoi binh an.", "Tin nay chinh xac khong cac ban?",
                  "Cam on ban da chia se thong tin.", "Minh o gan do, dung la vay that.", "up len cho moi nguoi cung doc"],
        footer=["Dien dan hoat dong tu nam 2004. Noi quy dien dan.", "Lien he BQT | Top", "Powered by vBoard 3.8"],
        ascii=True,
    ),
    "teencode_comments": L(
        site=["Gen Z Hóng Biến", "teentalk.vn"], date=date_vi,
        nav=[["Hot", "Trend", "Hóng", "Drama", "Góc teen"], ["Đăng nhập nha", "Tải app đi bạn ơi"]],
        by=["{n}", "Bài: {n} | BTV: {e}", "Nhóm PV: {n}"], cr=["Nguồn: {s}", "Theo {s}", "Ảnh: {n}"],
        capown=["{c}", "{c} (Ảnh: {n})"], capother=["{c}"],
        relhead=["Hóng thêm nè", "Đọc tiếp", "Có thể bạn thích"],
        widgets=["Thả tim ❤ {k}", "Cmt ngay đi", "Top bình luận", "Xem thêm {k} bình luận"],
        comhead=["Bình luận ({k})", "Mọi người nói gì"],
        comments=["ko bik s nữa, thấy thương quá trời lun á.", "j zậy trời, đọc mà sợ wá!", "hix, ai cx phải cẩn thận nha mn.",
                  "cmt để theo dõi nha", "đỉnh thật sự, 10 điểm ko có nhưng!", "ủa alo? sao kì zị ta", "tag @bongbong_nè vô coi nè"],
        footer=["© Gen Z Hóng Biến", "Điều khoản • Quyền riêng tư • Liên hệ quảng cáo"],
    ),
    "chinese_owned": L(
        site=["华越日报 越文版 | Báo Hoa Việt", "Hoa Việt Thời Báo"], date=date_vi,
        nav=[["首页", "Thời sự", "Kinh tế", "国际", "Văn hoá"], ["中文 | Tiếng Việt", "订阅 Đăng ký"]],
        by=["Phóng viên: {n}", "责任编辑：{e}", "记者 {n}", "{n} / 华越日报"],
        cr=["Theo {s}", "来源：{s}", "Ảnh: {n}", "图片来源：{s}"],
        capown=["{c}", "图：{c}", "{c} (Ảnh: {n})"], capother=["{c}", "资料图：{c}"],
        relhead=["相关新闻", "Tin liên quan 相关阅读", "热门推荐"],
        widgets=["分享到：微信 微博 Facebook", "Quảng cáo 广告", "阅读 {k}", "扫码关注我们"],
        comhead=["Bình luận 评论 ({k})"],
        comments=["Thông tin rất cần thiết cho bà con.", "希望早日查明原因。", "Cảm ơn báo đã đưa tin kịp thời."],
        footer=["版权所有 © 华越日报 Hoa Việt Thời Báo. 未经授权禁止转载。", "Giấy phép xuất bản số {k}/GP"],
    ),
    "korean_owned": L(
        site=["한베 뉴스 | Tin Hàn Việt", "Hàn Việt Nhật Báo"], date=date_vi,
        nav=[["홈", "Thời sự", "경제", "Giải trí", "한류"], ["한국어 | Tiếng Việt", "로그인"]],
        by=["{n} 기자", "Phóng viên {n}", "편집: {e}", "{n} ({g})"],
        cr=["Theo {s}", "출처: {s}", "사진: {n}", "Ảnh: {n}"],
        capown=["{c}", "{c} /사진={n}"], capother=["{c}", "자료사진: {c}"],
        relhead=["관련 기사", "Tin liên quan", "많이 본 뉴스"],
        widgets=["공유하기 Chia sẻ", "Quảng cáo 광고", "조회수 {k}", "글자크기 가 가"],
        comhead=["댓글 {k}", "Bình luận"],
        comments=["Mong mọi người đều an toàn.", "빨리 해결되길 바랍니다.", "Đọc tin này thấy lo quá."],
        footer=["Copyright © 한베미디어. 무단전재 및 재배포 금지.", "Tòa soạn: Hàn Việt Nhật Báo"],
    ),
    "overseas_english_ads": L(
        site=["Việt Báo Hải Ngoại - Little Saigon Weekly", "Người Việt Bốn Phương Online"], date=date_en,
        nav=[["Trang Nhà", "Việt Nam", "Cộng Đồng", "Rao Vặt", "Classifieds"], ["Donate to support independent journalism"]],
        by=["{n}", "Phóng viên {n} tường trình", "By staff writer {n}"], cr=["Theo {s}", "Nguồn: {s}", "Photo: {n}", "Source: {s}"],
        capown=["{c}", "{c} (Photo: {n})"], capother=["{c}"],
        relhead=["Bài liên quan", "Related Stories", "Tin cùng mục"],
        widgets=["Advertisement", "Nguyen & Partners Law Group - Free consultation: (714) 555-{k}",
                 "Pho Hoa Lan Restaurant - Open 7 days a week!", "Need a realtor? Call Kim Tran Realty today.",
                 "Sponsored Content"],
        comhead=["Ý kiến độc giả ({k})"],
        comments=["Cầu mong bình an cho người dân trong nước.", "Thanks for keeping us informed."],
        footer=["The views expressed are those of the authors and do not necessarily reflect those of this publication.",
                "© Viet Bao Hai Ngoai Inc. All rights reserved. Privacy Policy | Terms of Use",
                "Mọi bài viết là tài sản của tòa báo, không được đăng lại khi chưa có sự đồng ý."],
    ),
    "machine_translated": L(
        site=["Tin Tức Toàn Cầu Hôm Nay", "Báo Thế Giới Mở"], date=date_vi,
        nav=[["Nhà", "Tin tức nóng", "Công nghệ thông tin", "Đời sống phong cách"], ["Đăng nhập vào tài khoản của bạn"]],
        by=["Được viết bởi {n}", "Bởi {n}", "Tác giả: {n}"],
        cr=["Nguồn gốc: {s}", "Hình ảnh tín dụng: {n}", "Hình ảnh lịch sự của {s}", "Theo {s}"],
        capown=["{c}", "{c} Tín dụng: {n}"], capother=["{c}", "Hình ảnh: {c}"],
        relhead=["Tin tức liên quan đến", "Bạn cũng có thể thích", "Phổ biến nhất ngay bây giờ"],
        widgets=["Chia sẻ cái này:", "Nhấp vào đây để đọc nhiều hơn.", "Để lại một câu trả lời",
                 "Địa chỉ email của bạn sẽ không được công bố.", "Thích cái này:"],
        comhead=["{k} suy nghĩ về bài viết này"],
        comments=["Đây là một bài báo rất tốt, cảm ơn bạn cho chia sẻ.", "Tôi hoàn toàn đồng ý với điều này."],
        footer=["Bản quyền © Tất cả các quyền được bảo lưu.", "Được cung cấp bởi WordPress | Chủ đề bởi Tin Toàn Cầu"],
    ),
    "ethnic_khmer_programme": L(
        site=["Phát thanh tiếng Khmer - Đài Sóc Hà", "វិទ្យុសូកហា កម្មវិធីភាសាខ្មែរ"], date=date_vi,
        nav=[["ព័ត៌មាន | Tin tức", "វប្បធម៌ | Văn hoá", "កសិកម្ម | Nông nghiệp"], ["ភាសាខ្មែរ | Tiếng Việt"]],
        by=["Biên dịch: {e}", "អ្នកយកព័ត៌មាន៖ {n}", "{n}", "Phát thanh viên: {e}"],
        cr=["Theo {s}", "ប្រភព៖ {s}", "Ảnh: {n}"],
        capown=["{c}", "រូបភាព៖ {c}"], capother=["{c}"],
        relhead=["ព័ត៌មានទាក់ទង", "Tin liên quan - ព័ត៌មានផ្សេងទៀត", "Bản tin Khmer"],
        widgets=["ស្តាប់ Nghe bản tin", "Tải về MP3 ({k} MB)", "Lịch phát sóng tiếng Khmer: 17h{k2} hằng ngày",
                 "ចែករំលែក Chia sẻ"],
        comhead=["មតិយោបល់ Ý kiến ({k})"],
        comments=["Bà con phum sóc mong được nghe thêm nhiều bản tin.", "អរគុណច្រើន។"],
        footer=["Chương trình phát thanh tiếng Khmer, Đài Sóc Hà. រក្សាសិទ្ធិគ្រប់យ៉ាង។"],
    ),
    "allcaps_odd_unicode": L(
        site=["BÁO ĐIỆN TỬ TIẾNG VỌNG", "𝐓𝐢𝐞̂́𝐧𝐠 𝐕𝐨̣𝐧𝐠 𝐎𝐧𝐥𝐢𝐧𝐞"], date=lambda r: fullwidth_digits(date_vi(r)),
        nav=[["TRANG CHỦ", "THỜI SỰ", "XÃ HỘI", "PHÁP LUẬT", "GIÁO DỤC"], ["ＨＯＴＬＩＮＥ： ０９０４ ５５５ ８８８"]],
        by=["{N}", "PV {N}", "BÀI VÀ ẢNH: {N}", "𝐁𝐚̀𝐢: {n}"], cr=["THEO {S}", "NGUỒN: {S}", "ẢNH: {N}", "Ảnh: {n}"],
        capown=["{c}", "{C}"], capother=["{C}", "{c}"],
        relhead=["TIN LIÊN QUAN", "𝐓𝐢𝐧 𝐧𝐨̂̉𝐢 𝐛𝐚̣̂𝐭", "ĐỌC NHIỀU NHẤT"], upper_related=True,
        widgets=["LƯỢT XEM: {kf}", "CHIA SẺ ▸ FACEBOOK ▸ ZALO", "QUẢNG CÁO", "BÌNH LUẬN ({kf})"],
        comhead=["Ý KIẾN BẠN ĐỌC"], comments=["BÀI VIẾT RẤT HAY, CẢM ƠN BÁO.", "Mong sớm có kết luận chính thức."],
        footer=["© TIẾNG VỌNG ２０１９. GHI RÕ NGUỒN KHI PHÁT HÀNH LẠI THÔNG TIN TỪ WEBSITE NÀY."],
    ),
    "emoji_hashtags": L(
        site=["🌟 Tin Nhanh 24/7 🌟", "Cú Mèo News 🦉"], date=date_vi,
        nav=[["🏠 Trang chủ", "🔥 Hot", "📰 Tin mới", "🎬 Video"], ["📲 Tải app | Download app"]],
        by=["✍️ {n}", "✍ Bài: {n}", "📝 {n} | 🎥 {e}"], cr=["📷 Ảnh: {n}", "📸 Photo: {n}", "🔗 Nguồn: {s}", "Theo {s} 📌"],
        capown=["📷 {c}", "{c}"], capother=["{c}", "🖼️ {c}"],
        relhead=["👉 Xem thêm", "📌 Tin liên quan", "🔥 Đọc nhiều"],
        widgets=["#tintuc #thoisu #vietnam #news #新闻", "❤️ {k}  💬 {k2}  🔁 Share", "#breaking #tinnong #速報 #뉴스",
                 "👍 Like page để cập nhật tin mới nhé!", "🔔 Bật thông báo"],
        comhead=["💬 Bình luận ({k})"],
        comments=["😢😢 thương quá mọi người ơi.", "🙏 Cầu mong mọi chuyện sớm ổn.", "🔥🔥🔥 #share cho mọi người cùng biết."],
        footer=["© Cú Mèo Media 🦉 All rights reserved."],
    ),
    "tourism_trilingual": L(
        site=["Du lịch Biển Ngọc | Pearl Coast Travel | Жемчужный берег", "VietJourney Tours"], date=date_vi,
        nav=[["Tours | Туры", "Khách sạn | Hotels | Отели", "Visa", "Liên hệ | Contact | Контакты"], ["VI | EN | RU"]],
        by=["{n}", "Biên tập: {e}", "Автор: {n}"], cr=["Nguồn: {s}", "Фото: {n}", "Photo: {n}", "Theo {s}"],
        capown=["{c}", "{c} Фото: {n}"], capother=["{c}", "Sunset tour / Тур на закат: {c}"],
        relhead=["Tin du lịch khác", "More travel news", "Другие новости"],
        widgets=["Đặt tour ngay - Book now - Забронировать", "Tour Nha Trang 3N2Đ chỉ từ {k}.000đ",
                 "Hotline / Горячая линия: +84 258 555 {k}", "Мы говорим по-русски!", "Tripadvisor rating ★★★★☆"],
        comhead=["Đánh giá | Reviews | Отзывы ({k})"],
        comments=["Отличный тур, всем рекомендую!", "Great trip, the guide spoke good English.", "Chuyến đi rất tuyệt vời."],
        footer=["© Pearl Coast Travel Co., Ltd. Giấy phép lữ hành quốc tế số 79-{k}/TCDL-GP LHQT."],
    ),
    "english_outlet_repost": L(
        site=["The Saigon Ledger", "Hanoi Courier English"], date=date_en,
        nav=[["Home", "Politics", "Business", "Society", "Travel", "Opinion"], ["Subscribe | Sign in"]],
        by=["By {n}", "By {n} and {n2}", "Translated by {e}"], cr=["Source: {s}", "This story first appeared in {s}.", "Photo: {n}",
                                                                     "Originally published in Vietnamese by {s}"],
        capown=["{c}", "{c} Photo by {n}"], capother=["{c}", "File photo: {c}"],
        relhead=["Related", "Most Read", "More from Society"],
        widgets=["Share on Facebook | Share on X | Email", "Newsletter: Get the morning briefing in your inbox.",
                 "Tags: Vietnam, society, {t}", "Story continues below advertisement"],
        comhead=["Comments ({k})"], comments=["Thanks for translating this.", "Hope the authorities act quickly on this."],
        footer=["Copyright © The Saigon Ledger. Reproduction without permission is prohibited.", "Terms | Privacy | Contact"],
    ),
    "english_comments": L(
        site=["Báo Gió Nam", "Thời Báo Phố Cảng"], date=date_vi,
        nav=[["Trang chủ", "Thời sự", "Góc nhìn", "Thế giới", "Kinh doanh"], ["Đăng nhập | Đăng ký"]],
        by=["{n}", "{n} - {n2}", "Bài, ảnh: {n}"], cr=["Theo {s}", "Nguồn: {s}", "Ảnh: {n}"],
        capown=["{c}", "{c} Ảnh: {n}"], capother=["{c}"],
        relhead=["Tin liên quan", "Cùng chuyên mục", "Đọc nhiều"],
        widgets=["Chia sẻ Facebook Zalo Twitter", "Quảng cáo", "Thích {k}", "Gửi bài viết cho bạn bè"],
        comhead=["Ý kiến bạn đọc ({k})", "Comments"],
        comments=["As an expat living here, I see this often.", "Very sad news. My thoughts are with the families.",
                  "Can someone translate the part about the investigation?", "This is why we need better regulations.",
                  "Reply · Like · {k} likes"],
        footer=["© Báo Gió Nam. Ghi rõ nguồn khi phát hành lại.", "Tổng biên tập: {e}"],
    ),
    "japanese_owned": L(
        site=["ベトナム新報 Việt Tân Báo", "Nhật Việt Shimbun"], date=date_vi,
        nav=[["ホーム", "Thời sự", "ビジネス", "Kinh tế", "Nhật Bản"], ["日本語 | Tiếng Việt"]],
        by=["{n}", "記者: {n}", "編集: {e}"], cr=["Theo {s}", "出典: {s}", "写真: {n}", "Ảnh: {n}"],
        capown=["{c}", "{c}（写真: {n}）"], capother=["{c}"],
        relhead=["関連記事", "Tin liên quan", "人気記事ランキング"],
        widgets=["シェア Chia sẻ", "広告 Quảng cáo", "会員登録はこちら", "Đăng ký nhận bản tin 購読"],
        comhead=["Bình luận コメント ({k})"], comments=["Cảm ơn thông tin hữu ích.", "早く原因が分かりますように。"],
        footer=["Copyright © ベトナム新報. 無断転載を禁じます。"],
    ),
    "sms_wap": L(
        site=["WAP TINMOI.MOBI", "xtin.wap"], date=lambda r: strip_marks(date_vi(r)),
        nav=[["Trang chu | Tin moi | Game | Nhac chuong"], ["Soan TIN gui 8x85 de nhan tin nong hang ngay"]],
        by=["Bai: {a}", "PV: {a}", "{n}"], cr=["Nguon: {s}", "Theo {s}", "Anh: {a}"],
        capown=["{c}", "Anh: {c}"], capother=["{c}"],
        relhead=["Tin khac:", "Xem them:", "Doc nhieu:"],
        widgets=["Tai game hay mien phi > Click!", "Soan HOT gui 8785 (2.000d/sms)", "<< Ve trang chu", "Trang truoc | Trang sau >>",
                 "Hinh nen dep cho dien thoai"],
        comhead=["Y kien ({k}):"], comments=["Tin nay buon qua.", "Cam on wap da dua tin.", "Sao khong co anh vay ad?"],
        footer=["(c) 2009 TinMoi Mobi. Tat ca vi muc dich giai tri.", "Dich vu do cong ty Sao Bang cung cap. Ho tro: 1900 55{k}"],
        ascii=True,
    ),
    "french_diaspora": L(
        site=["Écho du Vietnam - Tiếng Vọng Paris", "Le Lotus Hebdo"], date=date_vi,
        nav=[["Accueil | Trang chủ", "Actualités", "Communauté | Cộng đồng", "Agenda"], ["Français | Tiếng Việt", "S'abonner"]],
        by=["Par {n}", "{n}", "Traduit par {e}"], cr=["Source : {s}", "Theo {s}", "Photo : {n}", "Ảnh: {n}"],
        capown=["{c}", "{c} (Photo : {n})"], capother=["{c}", "Photo d'archives : {c}"],
        relhead=["Articles liés", "Tin liên quan", "À lire aussi"],
        widgets=["Publicité", "Partager : Facebook · X · E-mail", "Restaurant Phở Sài Gòn Lyon - Réservations au 04 78 55 {k}",
                 "Lire la suite"],
        comhead=["Commentaires ({k})"], comments=["Merci pour cet article très intéressant.", "Thông tin rất bổ ích, xin cảm ơn."],
        footer=["© Le Lotus Hebdo. Tous droits réservés. Mentions légales.", "Association loi 1901 - Hội người Việt tại Pháp."],
    ),
}
LAYOUTS = list(LAYOUTS_DEF)

OUTLET_SOURCES = ["Báo Sông Lam", "Tin Phương Nam", "Nhật báo Cửu Hà", "Cổng tin Đông Giang", "Thanh Âm Online"]
HANDLES = ["bongbong_99", "meo_con_xinh", "hoangtu_bien", "linh.tran.88", "TheRiverRat", "lananh2002"]


# --------------------------------------------------------------------------- page building

def build_page(row, k, title, sents, captions, names, sources, related, layout_name):
    lay = LAYOUTS_DEF[layout_name]
    r = rng_for(row, "layout-furniture")
    asc = lay.get("ascii", False)
    fix = strip_marks if asc else (lambda s: s)

    bylines = names or [pick(r, INVENTED_NAMES)]
    source = sources[0] if sources else pick(r, OUTLET_SOURCES)

    def fmt(template):
        n = bylines[0]
        n2 = bylines[1] if len(bylines) > 1 else pick(r, INVENTED_NAMES)
        s = source
        out = template.format(
            n=fix(n), n2=fix(n2), N=n.upper(), e=fix(pick(r, INVENTED_NAMES)), a=pick(r, HANDLES),
            s=fix(s), S=s.upper(), g=pick(r, AGENCIES), k=r.randint(2, 987), k2=r.randint(10, 59),
            kf=fullwidth_digits(str(r.randint(100, 9999))), h=f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
            t=fix(title.split()[0]).lower(), c="{c}", C="{C}",
        )
        return out

    def caption(template, c):
        base = fmt(template)
        return base.replace("{c}", fix(c)).replace("{C}", c.upper())

    # paragraphs of 1-4 sentences
    paras, i = [], 0
    while i < len(sents):
        n = min(len(sents) - i, r.choice([1, 2, 2, 3, 3, 4]))
        paras.append(sents[i:i + n])
        i += n

    rel = list(related)
    r.shuffle(rel)
    rel_iter = iter(rel)

    def next_rel():
        return next(rel_iter, None)

    def rel_head(item):
        t = fix(item["title"])
        return t.upper() if lay.get("upper_related") and r.random() < 0.5 else t

    head, mid, tail = [], [], []
    head.append((None, pick(r, lay["site"])))
    for nav in lay["nav"]:
        if r.random() < 0.8:
            items = nav if len(nav) < 3 else nav[: r.randint(3, len(nav))]
            if r.random() < 0.2 and len(items) > 2:
                head.extend(("widget", it) for it in items)
            else:
                head.append(("widget", pick(r, [" | ", " · ", "  ", " / "]).join(items)))
    head.append((None, fix(title) if r.random() < 0.3 and asc else title))
    date_line = lay["date"](r)
    top_byline = r.random() < 0.5
    if r.random() < 0.5:
        head.append((None, date_line))
        if top_byline:
            head.append(("byline", fmt(pick(r, lay["by"]))))
    else:
        if top_byline:
            head.append(("byline", fmt(pick(r, lay["by"]))))
        head.append((None, date_line))
    if r.random() < 0.4:
        head.append(("widget", fmt(pick(r, lay["widgets"]))))

    # inserts between paragraphs
    inserts = []
    for c in captions:
        inserts.append(("caption", caption(pick(r, lay["capown"]), c)))
    for _ in range(r.randint(1, 3)):
        it = next_rel()
        if it and it["sents"]:
            cands = [s for s in it["sents"] if 5 <= len(s.split()) <= 30 and not any(q in s for q in "\"“”")] or it["sents"]
            inserts.append(("caption", caption(pick(r, lay["capother"]), pick(r, cands))))
    for _ in range(r.randint(0, 2)):
        it = next_rel()
        if it:
            pre = pick(r, lay["relhead"])
            if r.random() < 0.5:
                inserts.append(("related", f"{pre}: {rel_head(it)}" if not pre.endswith(":") else f"{pre} {rel_head(it)}"))
            else:
                inserts.append(("related", rel_head(it)))
    for _ in range(r.randint(0, 2)):
        inserts.append(("widget", fmt(pick(r, lay["widgets"]))))
    r.shuffle(inserts)
    slots = {}
    for ins in inserts:
        pos = r.randint(1, max(1, len(paras)))
        slots.setdefault(pos, []).append(ins)

    for pi, p in enumerate(paras):
        for ins in slots.get(pi, []):
            mid.append(ins)
        mid.append(("BODY", p))
    for pos in sorted(slots):
        if pos >= len(paras):
            mid.extend(slots[pos])

    # end of story: byline / credit lines
    if not top_byline or r.random() < 0.4:
        if len(bylines) > 1 and r.random() < 0.6:
            tail.append(("byline", " - ".join(fix(b) for b in bylines)))
        else:
            tail.append(("byline", fmt(pick(r, lay["by"]))))
    for _ in range(r.randint(1, 2)):
        line = fmt(pick(r, lay["cr"]))
        if not tail or tail[-1][1] != line:
            tail.append(("credit", line))
    if r.random() < 0.5:
        tail.append(("widget", fmt(pick(r, lay["widgets"]))))

    # related block
    items = [x for x in (next_rel() for _ in range(r.randint(2, 5))) if x]
    if items:
        tail.append(("related", pick(r, lay["relhead"])))
        if r.random() < 0.3 and len(items) >= 3:
            tail.append(("related", pick(r, [" | ", " • ", " ◦ "]).join(rel_head(x) for x in items[:3])))
            items = items[3:]
        for x in items:
            tail.append(("related", rel_head(x)))
            if x["sents"] and r.random() < 0.85:
                tail.append(("related", fix(teaser(x["sents"][0], r))))
    # comments
    if r.random() < 0.8 or layout_name in ("teencode_comments", "english_comments"):
        tail.append(("widget", fmt(pick(r, lay["comhead"]))))
        pool = list(lay["comments"])
        r.shuffle(pool)
        for c in pool[: r.randint(2, len(pool))]:
            c = fmt(c)
            if r.random() < 0.75:
                c = f"{pick(r, HANDLES)}: {c}" if r.random() < 0.5 else c
                tail.append(("widget", c))
            else:
                tail.append(("widget", pick(r, HANDLES)))
                tail.append(("widget", c))
    for f in lay["footer"]:
        if r.random() < 0.75:
            tail.append(("widget", fmt(f)))
    return head + mid + tail


# --------------------------------------------------------------------------- faults

FAULTS = ("nbsp", "zwsp", "double_space", "nfd", "glue")


def apply_faults(row, lines):
    r = rng_for(row, "faults")
    if r.random() >= 0.27:
        return lines, []
    faults = r.sample(FAULTS, r.choice([1, 1, 2]))
    out = []
    applied = set()
    for kind, val in lines:
        if kind != "BODY":
            out.append((kind, val))
            continue
        sents = list(val)
        if "glue" in faults and len(sents) >= 2 and r.random() < 0.7:
            j = r.randrange(len(sents) - 1)
            a, b = sents[j], sents[j + 1]
            if a.endswith(".") and b[:1].isalpha():
                sents[j:j + 2] = [a + b]
                applied.add("glue")
        new = []
        for s in sents:
            words = s.split(" ")
            if "nbsp" in faults and len(words) > 3 and r.random() < 0.6:
                j = r.randrange(1, len(words) - 1)
                s = " ".join(words[:j]) + "\u00a0" + " ".join(words[j:])
                applied.add("nbsp")
            if "double_space" in faults and r.random() < 0.6:
                words = s.split(" ")
                if len(words) > 3:
                    j = r.randrange(1, len(words) - 1)
                    s = " ".join(words[:j]) + "  " + " ".join(words[j:])
                    applied.add("double_space")
            if "zwsp" in faults and r.random() < 0.6:
                words = s.split(" ")
                cand = [j for j, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
                if cand:
                    j = r.choice(cand)
                    w = words[j]
                    cut = r.randint(1, len(w) - 1)
                    words[j] = w[:cut] + "\u200b" + w[cut:]
                    s = " ".join(words)
                    applied.add("zwsp")
            new.append(s)
        out.append(("BODY", new))
    if "nfd" in faults:
        out = [(k, [unicodedata.normalize("NFD", s) for s in v] if k == "BODY" else unicodedata.normalize("NFD", v))
               for k, v in out]
        applied.add("nfd")
    return out, sorted(applied)


# --------------------------------------------------------------------------- contract

def render(lines):
    text_lines, body, furniture = [], [], []
    for kind, val in lines:
        if kind == "BODY":
            body.extend(val)
            text_lines.append(" ".join(val))
        else:
            val = val.strip()
            if not val:
                continue
            text_lines.append(val)
            if kind is not None:
                furniture.append((kind, val))
    return "\n".join(text_lines), body, furniture


def check_page(page: Page, title: str):
    lines = page.text.split("\n")
    assert all(ln and ln == ln.strip() for ln in lines), "blank or unstripped line"
    body_norm = {norm(b) for b in page.body}
    for b in page.body:
        assert b and "\n" not in b and b in page.text, "body item not in text"
    bi = fi = unl = 0
    for ln in lines:
        matched = False
        for n in range(1, 5):
            if bi + n <= len(page.body) and ln == " ".join(page.body[bi:bi + n]):
                bi += n
                matched = True
                break
        if matched:
            continue
        assert not any(b in ln for b in page.body), f"body sentence inside a furniture line: {ln!r}"
        if fi < len(page.furniture) and page.furniture[fi][1] == ln:
            kind = page.furniture[fi][0]
            assert kind in KINDS, kind
            assert norm(ln) not in body_norm, f"furniture equals body: {ln!r}"
            fi += 1
        else:
            unl += 1
            assert norm(ln) not in body_norm
    assert bi == len(page.body) and fi == len(page.furniture), "body/furniture order mismatch"
    assert unl <= 3, f"{unl} unlabelled lines"
    assert page.body, "empty body"


def pages(train_path):
    body_rows, related_rows = read_rows(train_path)
    related = []
    for i in RELATED_ROWS:
        if i in related_rows:
            related.append(related_item(*related_rows[i]))
    out = []
    k = 0
    global LAST_FAULTS
    LAST_FAULTS = Counter()
    for row in BODY_ROWS:
        if row not in body_rows:
            continue
        layout = LAYOUTS[k % len(LAYOUTS)]
        k += 1
        title, article = body_rows[row]
        sents, captions, names, sources = story(row, article)
        if not sents:
            continue
        sn = {norm(s) for s in sents}
        rr = rng_for(row, "related-pick")
        pool = [x for x in rr.sample(related, min(len(related), 12))
                if norm(x["title"]) not in sn and not any(norm(s) in sn for s in x["sents"])]
        lines = build_page(row, k - 1, title, sents, captions, names, sources, pool, layout)
        # never let a furniture line repeat or contain a story sentence
        lines = [(kd, v) for kd, v in lines
                 if kd == "BODY" or kd is None or not any(s in v or norm(s) == norm(v) for s in sents)]
        lines, faults = apply_faults(row, lines)
        LAST_FAULTS.update(faults)
        LAST_FAULTS["pages"] += bool(faults)
        text, body, furniture = render(lines)
        page = Page(text, body, furniture, layout)
        check_page(page, title)
        out.append(page)
    return out


LAST_FAULTS: Counter = Counter()
SENT_SHAPE = re.compile(r"[.?!]$")


def sentence_shaped(line: str) -> bool:
    return len(line.split()) >= 4 and bool(SENT_SHAPE.search(line))


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    ps = pages(argv[1])
    kinds = Counter(k for p in ps for k, _ in p.furniture)
    print(f"pages: {len(ps)}")
    print(f"body sentences: {sum(len(p.body) for p in ps)}")
    print("furniture lines: " + ", ".join(f"{k}={kinds[k]}" for k in KINDS) + f" (total {sum(kinds.values())})")
    print("per layout (pages, body, byline/credit/caption/related/widget):")
    for lay in LAYOUTS:
        sub = [p for p in ps if p.layout == lay]
        kc = Counter(k for p in sub for k, _ in p.furniture)
        print(f"  {lay:24s} {len(sub):3d} {sum(len(p.body) for p in sub):4d}  " + "/".join(str(kc[k]) for k in KINDS))
    fl = [ln for p in ps for _, ln in p.furniture]
    share = sum(map(sentence_shaped, fl)) / max(1, len(fl))
    print(f"sentence-shaped furniture lines: {share:.1%}")
    print("scraper faults: " + ", ".join(f"{f}={LAST_FAULTS[f]}" for f in FAULTS)
          + f" (pages with faults: {LAST_FAULTS['pages']})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
