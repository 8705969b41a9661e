"""Blind held-out page set test15 for the cleaner (issue 21): scraped Vietnamese news pages.

Bodies are VietNews train rows BODY_ROWS; related lists, teasers and captions use the title and the
first 1,200 characters of the article of RELATED_ROWS. Stdlib only, seeded, deterministic.
"""
from __future__ import annotations

import gzip
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

BODY_ROWS = range(18_600, 18_900)
RELATED_ROWS = range(13_300, 14_000)
RELATED_CHARS = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = ("desktop_copy", "mobile_amp", "print_view", "text_browser", "reader_mode", "rss_reader",
           "newsletter", "facebook_repost", "telegram_channel", "forum_thread", "aggregator",
           "photo_story", "video_page", "epaper_pdf", "search_cache", "provincial_paper", "live_blog", "screen_reader", "bookmark_export")


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]] = field(default_factory=list)
    layout: str = ""


@dataclass
class Story:
    title: str
    paras: list[list[str]]
    before: dict[int, list[tuple[str, str]]]  # captions found in the article, before paragraph i
    trailers: list[tuple[str, str]]           # byline / credit / related glued to the article's end


NAMES = ("Hoàng Trường", "Minh Thư", "Lê Phương", "Trần Quang Đại", "Ngọc Ánh", "Phạm Dự", "Hà An",
         "Thanh Tùng", "Đỗ Hùng", "Bảo Châu", "Nguyễn Khánh", "Vũ Điệp", "Quỳnh Như", "Tường Vi",
         "Lâm Viên", "Xuân Bách", "Khắc Hiếu", "Thu Hằng", "Đình Việt", "Yến Nhi")
AGENCIES = ("TTXVN", "VOV", "Reuters", "AFP", "Dân Trí", "Tiền Phong", "Người Lao Động", "VTV", "Lao Động",
            "Zing", "Thanh Niên", "Pháp Luật TP.HCM", "Công an nhân dân", "Nhân Dân")
SITES = ("Báo Sông Hàn Online", "Tin Nhanh Miền Tây", "Thời báo Đồng Bằng", "Cổng tin Phố Hiến",
         "Báo điện tử Cao Nguyên", "Người Đưa Tin Bắc Trung Bộ", "Tạp chí Đời sống Đô thị")
DOMAINS = dict(zip(SITES, ("songhanonline.vn", "tinnhanhmientay.vn", "thoibaodongbang.com.vn", "phohien.net",
                           "baocaonguyen.vn", "nguoiduatinbtb.vn", "doisongdothi.vn")))
SECTIONS = ("Thời sự", "Xã hội", "Pháp luật", "Giao thông", "Giáo dục", "Đời sống", "Kinh tế", "Thế giới",
            "Sức khỏe", "Thể thao", "Văn hóa", "Bất động sản", "Công nghệ", "Du lịch")
WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
COMMENTERS = ("Nguyễn Văn Tâm", "lan.pham88", "Hùng Đà Nẵng", "Bác Ba Phi", "Trang Nguyễn", "minhkhoa_hcm",
              "Người qua đường", "Tuấn Anh", "Cô giáo Hạnh", "Phan Thị Mai")
COMMENTS = ("Thương quá, mong mọi người bình an.", "Đọc mà xót xa, cơ quan chức năng cần vào cuộc sớm.",
            "Bài viết rất hay, cảm ơn phóng viên.", "Chuyện này năm nào cũng thấy, mong có giải pháp lâu dài",
            "Xử nghiêm để làm gương!!!", "Ở quê tôi cũng y như vậy, người dân khổ lắm.",
            "Ủng hộ quyết định này 100%.", "Sao tới giờ mới xử lý vậy?", "Hóng kết quả điều tra.",
            "Tôi nghĩ cần nghe thêm ý kiến của người dân địa phương trước khi kết luận.")

_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper())
_SPLIT = re.compile(r'(?<=[.!?…])\s+(?=["“(]?\s*[0-9' + _UP + r'])')
_UPPER_WORD = re.compile(r"^[" + _UP + r"]\S*$")
_ABBREV = re.compile(r"(?:\b(?:TP|Tp|St|Mr|Dr|TS|ThS|PGS|GS|BS|Q|P|X|H|v\.v)|\b[" + _UP + r"])\.$")


def split_sentences(text: str) -> list[str]:
    """Split at line breaks and at sentence punctuation followed by a capital, not after "TP." or "X."."""
    out: list[str] = []
    for piece in (p for line in text.split("\n") for p in _SPLIT.split(line) + ["\n"]):
        if piece == "\n":
            out.append("")
            continue
        piece = piece.strip()
        if not piece:
            continue
        if out and out[-1] and _ABBREV.search(out[-1]):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return [s for s in out if s]


_STARTERS = frozenset({"Thầy", "Khuya", "Lúc", "Sáng", "Chiều", "Trưa", "Tối", "Đêm", "Rạng", "Ông", "Bà",
                        "Chị", "Phát", "Ngày", "Hôm", "Theo", "Tại", "Trong", "Sau", "Khi", "Hiện", "Nhiều",
                        "Các", "Những", "Một", "Đây", "Vụ", "Người", "Nước", "Trước", "Từ", "Với", "Do", "Vào",
                        "Cụ", "Tuy", "Ngoài", "Để", "Nhưng", "UBND"})


def unglue_photo_credits(art: str) -> str:
    """Break the line after "Ảnh: Name" when the next sentence is glued to it ("Ảnh: Võ Thạnh Thầy Lê ...")."""
    out, pos = [], 0
    for m in re.finditer(r"Ảnh\s*:\s*", art):
        words = art[m.end():].split(" ")
        for k in range(1, 5):
            if k >= len(words) or not _UPPER_WORD.match(words[k - 1]) or words[k - 1][-1] in ".,;:":
                break
            if words[k][:1].isdigit() or words[k] in _STARTERS:
                cut = m.end() + len(" ".join(words[:k]))
                out.append(art[pos:cut] + "\n")
                pos = cut + 1
                break
    return "".join(out) + art[pos:]


def _is_name_tail(tail: str) -> bool:
    """A short run of capitalised words (optionally joined by " - "): a byline glued to the article."""
    if re.match(r"^(?:Nhóm (?:phóng viên|PV)|PV|Phóng viên|CTV)\b", tail) and len(tail) <= 40:
        return True
    words = [w for w in tail.replace(" - ", " ").split() if w != "-"]
    return 1 <= len(words) <= 6 and all(_UPPER_WORD.match(w) for w in words) and len(tail) <= 60


def split_trailers(article: str) -> tuple[str, list[tuple[str, str]]]:
    """Cut "Xem thêm"/"> >" related links, "(Theo X)" credits and a name byline off the article's end."""
    art = " ".join(article.split())
    trailers: list[tuple[str, str]] = []
    m = re.search(r"\s(?:>\s*>|Xem thêm\s*:|Xem video\s*:)", art[max(0, len(art) - 600):])
    if m:
        cut = max(0, len(art) - 600) + m.start()
        tail = art[cut:]
        art = art[:cut].strip()
        for part in re.split(r">\s*>", tail):
            if part.strip():
                trailers.append(("related", part.strip()))
    ends: list[tuple[str, str]] = []
    m = re.search(r"\s*\(\s*Theo [^()]{2,60}\)\s*$", art)
    if m:
        ends.insert(0, ("credit", m.group().strip()))
        art = art[:m.start()].strip()
    else:
        m = re.search(r'(?<=[.!?…"”])\s+(Theo [A-ZĐÀ-Ỹ][^.!?…"”]{1,40})$', art)
        if m and len(m.group(1).split()) <= 6:
            ends.insert(0, ("credit", m.group(1)))
            art = art[:m.start()].strip()
    m = re.search(r'(?<=[.!?…"”)])\s+([^.!?…"”]{2,60})$', art)
    if m and _is_name_tail(m.group(1)):
        ends.insert(0, ("byline", m.group(1).strip()))
        art = art[:m.start()].strip()
    else:
        m = re.search(r'(?<=[.!?…"”])\s+([^.!?…"”]{2,40}\.)$', art)
        if m and _is_name_tail(m.group(1)[:-1]) and len(m.group(1).split()) <= 4:
            ends.insert(0, ("byline", m.group(1).strip()))
            art = art[:m.start()].strip()
    return art, ends + trailers


def make_story(title: str, article: str, rng: random.Random) -> Story | None:
    """Split the article into sentences and 2-8 paragraphs; "X. Ảnh: Y." photo captions become furniture."""
    art, trailers = split_trailers(article)
    raw = split_sentences(unglue_photo_credits(art))
    sents: list[str] = []
    cap_at: dict[int, list[tuple[str, str]]] = {}
    for s in raw:
        s = s.strip()
        if re.match(r"^\*?\s*Ảnh\s*:", s) and len(s.split()) <= 7 and sents \
                and len(sents[-1]) < 220 and len(sents[-1].split()) >= 3:
            cap_at.setdefault(len(sents) - 1, []).append(("caption", sents.pop() + " " + s))
            continue
        sents.append(s)
    merged: list[str] = []
    marks: dict[int, list[tuple[str, str]]] = {}
    for i, s in enumerate(sents):
        for c in cap_at.pop(i, []):
            marks.setdefault(len(merged), []).append(c)
        if merged and (len(merged[-1]) < 30 or len(s) < 30) and len(merged) not in marks:
            merged[-1] += " " + s
        else:
            merged.append(s)
    trailers = [c for _, v in sorted(cap_at.items()) for c in v] + trailers
    if not merged:
        return None
    n_par = max(1, min(8, len(merged), 2 + rng.randrange(0, 7)))
    cuts = sorted(rng.sample(range(1, len(merged)), n_par - 1)) if n_par > 1 else []
    for k in marks:  # a caption sits between paragraphs
        if 0 < k < len(merged) and k not in cuts:
            cuts = sorted(cuts + [k])
    bounds = [0] + cuts + [len(merged)]
    paras = [merged[a:b] for a, b in pairwise(bounds)]
    before = {bounds.index(k) if k in bounds else 0: v for k, v in marks.items()}
    return Story(title=" ".join(title.split()), paras=paras, before=before, trailers=trailers)


# ---------------------------------------------------------------- text faults a scraper produces
def _fault_sentence(s: str, rng: random.Random) -> str:
    kind = rng.randrange(4)
    spaces = [m.start() for m in re.finditer(" ", s)]
    if kind == 0 and spaces:
        i = rng.choice(spaces)
        return s[:i] + "\u00a0" + s[i + 1:]
    if kind == 1 and spaces:
        i = rng.choice(spaces)
        return s[:i] + "\u200b " + s[i + 1:]
    if kind == 2 and spaces:
        i = rng.choice(spaces)
        return s[:i] + "  " + s[i + 1:]
    return unicodedata.normalize("NFD", s)


def apply_faults(st: Story, rng: random.Random) -> None:
    """Faults inside body sentences (they stay exact substrings) and one glued sentence pair."""
    for p in st.paras:
        for j in range(len(p)):
            if rng.random() < 0.12:
                p[j] = _fault_sentence(p[j], rng)
    long = [p for p in st.paras if len(p) >= 2]
    if long and rng.random() < 0.5:
        p = rng.choice(long)
        j = rng.randrange(len(p) - 1)
        if re.search(r"[.!?]$", p[j]):
            p[j:j + 2] = [p[j] + p[j + 1]]


def fault_line(line: str, rng: random.Random) -> str:
    return _fault_sentence(line, rng) if rng.random() < 0.25 else line


# ---------------------------------------------------------------- shared pieces
def _date(rng: random.Random) -> tuple[int, int, int, int, int]:
    return rng.randint(2016, 2019), rng.randint(1, 12), rng.randint(1, 28), rng.randint(5, 22), rng.randint(0, 59)


def _cut(text: str, rng: random.Random, lo: int = 60, hi: int = 140) -> str:
    if len(text) <= lo:
        return text
    n = rng.randint(lo, min(hi, len(text)))
    return text[:n].rsplit(" ", 1)[0] + "…"


def _slug(title: str, rng: random.Random) -> str:
    base = unicodedata.normalize("NFD", title.lower()).replace("đ", "d")
    base = "".join(c for c in base if c.isascii() and (c.isalnum() or c == " "))
    return "-".join(base.split()[:10]) + f"-{rng.randint(100000, 999999)}.html"


def body(st: Story, extra: dict[int, list[tuple[str, str]]] | None = None) -> list[tuple[str, str]]:
    """The story's paragraphs with the article's own captions and a layout's inserts after paragraph i."""
    out: list[tuple[str, str]] = []
    extra = extra or {}
    for i, p in enumerate(st.paras):
        out += st.before.get(i, [])
        out.append(("body", " ".join(p)))
        if i < len(st.paras) - 1:
            out += extra.get(i, [])
    return out


def trailers(st: Story) -> list[tuple[str, str]]:
    return list(st.trailers)


def spread(st: Story, rng: random.Random, items: list[tuple[str, str]]) -> dict[int, list[tuple[str, str]]]:
    """Put inline inserts after random inner paragraphs."""
    out: dict[int, list[tuple[str, str]]] = {}
    for it in items:
        if len(st.paras) > 1:
            out.setdefault(rng.randrange(len(st.paras) - 1), []).append(it)
    return out


def photo_caption(rel: tuple[str, str], rng: random.Random) -> str:
    lead = rel[1]
    name = rng.choice(NAMES)
    return rng.choice((f"{lead} (Ảnh: {name})", f"{lead} Ảnh: {name}", f"{lead} - Ảnh: {rng.choice(AGENCIES)}",
                       f"{lead.rstrip('.')}. (Ảnh minh họa)", f"Ảnh: {name} / {rng.choice(AGENCIES)}", lead,
                       f"{lead} Ảnh minh họa: Internet"))


def byline(rng: random.Random) -> tuple[str, str]:
    a, b = rng.sample(NAMES, 2)
    ag = rng.choice(AGENCIES)
    return "byline", rng.choice((a, a.upper(), f"{a} - {b}", f"{a.upper()} - {b.upper()}", f"{a} ({ag})",
                                 f"Bài và ảnh: {a}", "Nhóm phóng viên", f"{a.upper()} - {b.upper()} ({ag})", f"Thực hiện: {a} - {b}", f"PV {a}", f"{a}/{ag}",
                                 f"Theo {a} ({ag})" if rng.random() < 0.3 else f"{a.upper()} (tổng hợp)",
                                 f"Phóng viên: {a}", f"{a} - {ag}"))


def credit(rng: random.Random) -> tuple[str, str]:
    ag = rng.choice(AGENCIES)
    return "credit", rng.choice((f"(Theo {ag})", f"Theo {ag}", f"Nguồn: {ag}", f"Nguồn tin: báo {ag}",
                                 f"(Theo báo {ag})", f"Bài viết được tổng hợp từ {ag} và các nguồn tin khác.",
                                 f"Nội dung được trích đăng lại từ báo {ag} với sự đồng ý của tòa soạn.",
                                 f"* Bài viết có sử dụng thông tin từ {ag}."))


def rel_lines(rels: list[tuple[str, str]], rng: random.Random, style: str) -> list[tuple[str, str]]:
    out = []
    for t, lead in rels:
        if style == "title":
            out.append(("related", t))
        elif style == "lead":
            out.append(("related", t))
            out.append(("related", _cut(lead, rng)))
        elif style == "dash":
            out.append(("related", f"{t} - {_cut(lead, rng, 40, 90)}"))
        elif style == "date":
            y, mo, d, _, _ = _date(rng)
            out.append(("related", f"{t} ({d:02d}/{mo:02d}/{y})"))
        elif style == "bullet":
            out.append(("related", f"• {t}"))
    return out


def extras(rng: random.Random, rel: list[tuple[str, str]], k: int = 2) -> list[tuple[str, str]]:
    """Things sites drop inside a story: polls, embeds, ads written as sentences, inline related boxes."""
    t, lead = rel[9]
    pool = [[("widget", "Bạn có đồng ý với đề xuất này không?"), ("widget", "Đồng ý"), ("widget", "Không đồng ý"),
             ("widget", "Xem kết quả")],
            [("widget", f"Bài đăng trên Facebook của {rng.choice(COMMENTERS)} thu hút hàng nghìn lượt chia sẻ."),
             ("widget", "Xem bài viết này trên Facebook")],
            [("widget", "Căn hộ view sông chỉ từ 1,2 tỷ đồng, thanh toán 30% nhận nhà ngay. Gọi 0909 123 456.")],
            [("related", f"> Đọc thêm: {t}")],
            [("widget", "TIN LIÊN QUAN"), ("related", t), ("related", _cut(lead, rng))],
            [("related", f"{t} >>")],
            [("widget", "Video đang được xem nhiều"), ("related", f"▶ {t}")],
            [("widget", "Mời quý độc giả theo dõi các chương trình đã phát sóng của chúng tôi trên kênh YouTube.")]]
    return [it for grp in rng.sample(pool, k) for it in grp]


# ---------------------------------------------------------------- layouts
def desktop_copy(st, rng, rel, site):
    y, mo, d, h, mi = _date(rng)
    sec = rng.sample(SECTIONS, 6)
    out = [("widget", " ".join(["Trang chủ"] + sec)), ("widget", f"{sec[0]} > {sec[1]}"),
           ("title", st.title),
           ("date", f"{rng.choice(WEEKDAYS)}, {d}/{mo}/{y}, {h:02d}:{mi:02d} (GMT+7)"),
           ("widget", rng.choice(("Chia sẻ Facebook Zalo Sao chép liên kết", "Chia sẻ | In bài | Lưu bài",
                                  "Facebook Twitter Email Copy link")))]
    inl = [("related", f"Xem thêm: {rel[0][0]}"), ("caption", photo_caption(rel[1], rng)),
           ("widget", "Quảng cáo")] + extras(rng, rel, 1)
    out += body(st, spread(st, rng, inl))
    out += trailers(st) + [byline(rng)] + ([credit(rng)] if rng.random() < 0.5 else [])
    out += [("widget", "Tags: " + ", ".join(rng.sample(SECTIONS, 3))), ("widget", "Tin liên quan")]
    out += rel_lines(rel[2:5], rng, "title")
    out += [("widget", "Tin đọc nhiều")] + [("related", f"{i}. {t}") for i, (t, _) in enumerate(rel[5:10], 1)]
    out += [("widget", f"© Copyright 1997-{y} {site}, all rights reserved."),
            ("widget", "Ghi rõ nguồn khi phát hành lại thông tin từ website này.")]
    return out


def mobile_amp(st, rng, rel, site):
    y, mo, d, h, mi = _date(rng)
    out = [("widget", "☰"), ("source", site), ("widget", "Quảng cáo"), ("title", st.title),
           ("date", rng.choice((f"{rng.randint(1, 11)} giờ trước", f"{h:02d}:{mi:02d} {d:02d}/{mo:02d}/{y}")))]
    inl = [("widget", "ĐỌC THÊM"), ("related", rel[0][0]), ("related", _cut(rel[0][1], rng)),
           ("caption", photo_caption(rel[1], rng))]
    ex = spread(st, rng, [])
    if len(st.paras) > 1:
        ex.setdefault(rng.randrange(len(st.paras) - 1), []).extend(inl)
    out += body(st, ex) + trailers(st) + [byline(rng)] + ([credit(rng)] if rng.random() < 0.5 else [])
    out += [("widget", "Bài viết liên quan")]
    out.append(("related", " | ".join(t for t, _ in rel[2:5])))
    out += rel_lines(rel[5:8], rng, "dash")
    out += [("widget", "Về trang chủ | Lên đầu trang"), ("widget", "Xem phiên bản đầy đủ")]
    return out


def print_view(st, rng, rel, site):
    y, mo, d, h, mi = _date(rng)
    a = rng.choice(NAMES)
    out = [("widget", "In bài viết"), ("widget", "Đóng cửa sổ"), ("source", site), ("title", st.title),
           ("date", f"Ngày đăng: {d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}"), ("widget", f"Chuyên mục: {rng.choice(SECTIONS)}")]
    out += body(st, spread(st, rng, [("caption", photo_caption(rel[0], rng))]))
    out += trailers(st) + [("byline", a.upper()), credit(rng)]
    out += [("widget", f"URL bài viết: https://{DOMAINS[site]}/{_slug(st.title, rng)}"),
            ("widget", f"© Bản quyền thuộc về {site}. Mọi hình thức sao chép phải được sự đồng ý bằng văn bản."),
            ("widget", "Trang này được in từ website của tòa soạn; hình ảnh và quảng cáo đã được lược bỏ để tiện đọc.")]
    return out


def text_browser(st, rng, rel, site):
    y, mo, d, h, mi = _date(rng)
    sec = rng.sample(SECTIONS, 5)
    out = [("widget", "[1]Bỏ qua nội dung chính"), ("widget", "   * ".join(["[2]Trang chủ"] + sec)),
           ("widget", "[LOGO]"), ("title", st.title), ("date", f"{d}/{mo}/{y} - {h:02d}:{mi:02d}"),
           ("widget", "[3]Facebook [4]Zalo [5]In")]
    ex = spread(st, rng, [("caption", "[IMG]"), ("caption", photo_caption(rel[0], rng)),
                          ("related", f"[6]{rel[1][0]}")])
    out += body(st, ex) + trailers(st) + [byline(rng)]
    out += [("widget", "Tin cùng chuyên mục")] + [("related", f"[{7 + i}]{t}") for i, (t, _) in enumerate(rel[2:7])]
    out += [("widget", "References"), ("widget", f"1. https://{DOMAINS[site]}/#main"),
            ("widget", f"2. https://{DOMAINS[site]}/")]
    return out


def reader_mode(st, rng, rel, site):
    a = rng.choice(NAMES)
    mins = max(1, sum(len(" ".join(p).split()) for p in st.paras) // 220)
    out = [("source", f"{DOMAINS[site]}"), ("title", st.title), ("byline", a),
           ("widget", f"{mins}–{mins + 1} phút")]
    ex = spread(st, rng, [("caption", photo_caption(r, rng)) for r in rel[:3]])
    out += body(st, ex) + trailers(st)
    out += [("widget", "Xem bài gốc"), ("widget", "Đã lưu vào danh sách đọc"), ("related", f"Gợi ý: {rel[3][0]}")]
    out += rel_lines(rel[4:7], rng, "title")
    return out


def rss_reader(st, rng, rel, site):
    y, mo, d, h, mi = _date(rng)
    out = [("widget", "Tất cả bài viết"), ("widget", "Đánh dấu tất cả là đã đọc"),
           ("source", f"{site} - {rng.choice(SECTIONS)}"), ("title", st.title),
           ("date", f"{d:02d}/{mo:02d}/{y}, {h:02d}:{mi:02d}")]
    if rng.random() < 0.5:
        out.append(("byline", f"bởi {rng.choice(NAMES)}"))
    out += body(st, spread(st, rng, [("caption", photo_caption(rel[0], rng))])) + trailers(st)
    out += [("widget", "Đọc bài gốc trên website"), ("widget", "Lưu để đọc sau · Chia sẻ · Đánh dấu chưa đọc"),
            ("widget", "Bài tiếp theo trong nguồn này")]
    for t, lead in rel[1:5]:
        out += [("related", t), ("related", _cut(lead, rng))]
    return out


def newsletter(st, rng, rel, site):
    y, mo, d, _, _ = _date(rng)
    out = [("widget", "Xem email này trong trình duyệt"), ("source", site),
           ("widget", f"Bản tin sáng {rng.choice(WEEKDAYS).lower()}, {d}/{mo}/{y}"),
           ("widget", "Chào bạn, dưới đây là những tin đáng chú ý nhất sáng nay."),
           ("widget", "TIN CHÍNH"), ("title", st.title)]
    out += body(st, spread(st, rng, [("widget", "Được tài trợ: Mở tài khoản trong 5 phút, nhận ngay ưu đãi phí giao dịch.")]))
    out += trailers(st) + [("widget", "Đọc tiếp trên website →"), ("widget", "CÁC TIN KHÁC")]
    for t, lead in rel[:4]:
        out += [("related", t), ("related", _cut(lead, rng) + " Đọc thêm")]
    out += [("widget", "Bạn nhận được email này vì đã đăng ký nhận bản tin của chúng tôi."),
            ("widget", "Hủy đăng ký | Cập nhật tùy chọn | Chuyển tiếp cho bạn bè"),
            ("widget", f"{site}, 26 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội.")]
    return out


def facebook_repost(st, rng, rel, site):
    out = [("source", site), ("date", f"{rng.randint(1, 23)} giờ · 🌐")]
    out.append(("title", st.title))
    out += body(st) + trailers(st) + [("credit", f"Nguồn: báo {rng.choice(AGENCIES)}")] * (rng.random() < 0.5)
    out += [("widget", f"#{rng.choice(SECTIONS).replace(' ', '')} #tintuc #{DOMAINS[site].split('.')[0]}"),
            ("widget", f"👍❤️😢 {rng.randint(1, 9)},{rng.randint(1, 9)}K"),
            ("widget", f"{rng.randint(20, 900)} bình luận  {rng.randint(5, 300)} lượt chia sẻ"),
            ("widget", "Thích Bình luận Chia sẻ"), ("widget", "Xem thêm bình luận")]
    for who, c in zip(rng.sample(COMMENTERS, 4), rng.sample(COMMENTS, 4)):
        out += [("widget", who), ("widget", c), ("widget", f"Thích · Phản hồi · {rng.randint(1, 20)} giờ")]
    out.append(("related", f"{site} đã chia sẻ một liên kết: {rel[0][0]}"))
    return out


def telegram_channel(st, rng, rel, site):
    y, mo, d, h, mi = _date(rng)
    out = [("source", f"{site} 📰"), ("widget", f"Chuyển tiếp từ {rng.choice(AGENCIES)} Channel"),
           ("widget", rng.choice(("🔴 TIN NÓNG", "⚡️ Cập nhật", "📢 Thông báo"))), ("title", st.title)]
    out += body(st) + trailers(st)
    out += [("widget", f"👉 Đọc chi tiết: https://t.me/{DOMAINS[site].split('.')[0]}/{rng.randint(1000, 99999)}"),
            credit(rng), ("widget", f"👁 {rng.randint(1, 90)}.{rng.randint(1, 9)}K  {h:02d}:{mi:02d}"),
            ("date", f"{d} tháng {mo}, {y}"), ("related", f"📌 {rel[0][0]}"),
            ("related", _cut(rel[0][1], rng)), ("widget", "Tham gia kênh để nhận tin nóng mỗi ngày: @tinnong24h")]
    return out


def forum_thread(st, rng, rel, site):
    y, mo, d, _, _ = _date(rng)
    u1 = rng.choice(COMMENTERS)
    out = [("widget", f"Diễn đàn › Chuyện trò linh tinh › {rng.choice(SECTIONS)}"), ("title", st.title),
           ("widget", f"Thảo luận trong 'Tin tức - Sự kiện' bắt đầu bởi {u1}, {d}/{mo}/{y}."),
           ("widget", f"{u1}"), ("widget", "Thành viên tích cực"), ("date", f"{d}/{mo}/{y}"), ("widget", "#1")]
    out += body(st) + trailers(st)
    out += [("credit", f"Nguồn: {rng.choice(AGENCIES)}"),
            ("widget", "Chữ ký: Sống chậm lại, nghĩ khác đi, yêu thương nhiều hơn.")]
    for n, (who, c) in enumerate(zip(rng.sample(COMMENTERS, 3), rng.sample(COMMENTS, 3)), 2):
        out += [("widget", who), ("widget", f"#{n}"), ("widget", c)]
    out += [("related", f"Chủ đề tương tự: {rel[0][0]}"), ("related", rel[1][0]),
            ("widget", "Bạn phải đăng nhập hoặc đăng ký để trả lời chủ đề này.")]
    return out


def aggregator(st, rng, rel, site):
    ag = rng.choice(AGENCIES)
    out = [("source", "Tin Mới Mỗi Ngày"), ("widget", "Nóng Mới Video Chủ đề"), ("title", st.title),
           ("date", f"{ag} · {rng.randint(5, 59)} phút trước")]
    out += body(st, spread(st, rng, [("widget", "Quảng cáo"), ("related", f"Tin liên quan: {rel[0][0]}")] + extras(rng, rel)))
    out += trailers(st) + [("credit", f"Theo {ag}"), ("widget", f"Xem bài gốc tại {ag}"), ("widget", "Cùng chủ đề"),
                           ("related", " | ".join(t for t, _ in rel[1:4]))]
    out += [("widget", "Tin nổi bật")] + rel_lines(rel[4:8], rng, rng.choice(("lead", "dash")))
    out += [("widget", "Tin Mới Mỗi Ngày không sản xuất tin tức, các bài viết thuộc quyền của cơ quan báo chí gốc.")]
    return out


def photo_story(st, rng, rel, site):
    y, mo, d, h, mi = _date(rng)
    out = [("source", site), ("widget", "Ảnh"), ("title", st.title), ("date", f"{h:02d}:{mi:02d} - {d}/{mo}/{y}")]
    n = len(st.paras)
    ex: dict[int, list[tuple[str, str]]] = {}
    caps = [("caption", photo_caption(r, rng)) for r in rel[:max(2, min(6, n))]]
    for i, c in enumerate(caps):
        ex.setdefault(i % max(1, n - 1), []).extend([("widget", f"{i + 1}/{len(caps)}"), c])
    out += body(st, ex) + trailers(st) + [("byline", f"Ảnh: {rng.choice(NAMES)}"), byline(rng)]
    out += [("widget", "Xem thêm các bộ ảnh khác")] + rel_lines(rel[6:9], rng, "bullet")
    return out


def video_page(st, rng, rel, site):
    y, mo, d, h, mi = _date(rng)
    out = [("source", site), ("widget", "Video"), ("widget", f"00:00 / 0{rng.randint(1, 5)}:{rng.randint(10, 59)}"),
           ("widget", "Tự động phát"), ("title", st.title), ("date", f"{d}/{mo}/{y} | {h:02d}:{mi:02d}"),
           ("caption", f"Video: {rel[0][1]}")]
    out += body(st) + trailers(st) + [byline(rng), ("credit", f"Video: {rng.choice(NAMES)}")]
    out += [("widget", "Video khác")]
    out += [("related", f"{t} ({rng.randint(0, 4):02d}:{rng.randint(10, 59)})") for t, _ in rel[1:6]]
    return out


def epaper_pdf(st, rng, rel, site):
    y, mo, d, _, _ = _date(rng)
    hdr = f"{site.upper()} SỐ {rng.randint(1000, 30000)} | {rng.choice(WEEKDAYS).upper()} {d}-{mo}-{y}"
    out = [("widget", hdr), ("widget", rng.choice(SECTIONS).upper()), ("title", st.title)]
    page = rng.randint(2, 12)
    ex = spread(st, rng, [("widget", f"Trang {page}"), ("widget", hdr), ("widget", f"(Xem tiếp trang {page + 1})"),
                          ("caption", photo_caption(rel[0], rng))])
    out += body(st, ex) + trailers(st)
    out += [("byline", f"BÀI VÀ ẢNH: {rng.choice(NAMES).upper()}"), ("widget", f"Trang {page + 1}"),
            ("related", f"ĐỌC TIN LIÊN QUAN: {rel[1][0].upper()}"),
            ("widget", "Tòa soạn: 71 Hàng Trống, Hà Nội. ĐT: 024 3825 xxxx. Giấy phép số 123/GP-BTTTT."),
            ("widget", "In tại Công ty in báo, phát hành qua mạng lưới bưu điện.")]
    return out


def search_cache(st, rng, rel, site):
    y, mo, d, h, mi = _date(rng)
    dom = DOMAINS[site]
    out = [("widget", f"Đây là bộ nhớ cache của https://{dom}/{_slug(st.title, rng)}."),
           ("widget", f"Đây là ảnh chụp nhanh của trang vào lúc {h:02d}:{mi:02d} ngày {d} thg {mo}, {y} GMT."),
           ("widget", "Trang hiện tại có thể đã thay đổi trong thời gian chờ đợi."),
           ("widget", "Phiên bản đầy đủ  Phiên bản chỉ văn bản  Xem nguồn"),
           ("widget", "Mẹo: Để tìm cụm từ tìm kiếm của bạn trên trang này một cách nhanh chóng, hãy nhấn Ctrl+F."),
           ("source", site), ("title", st.title), ("date", f"{d}/{mo}/{y}")]
    out += body(st, spread(st, rng, [("caption", photo_caption(rel[0], rng))])) + trailers(st) + [byline(rng)]
    out += [("widget", "Bình luận (0)"), ("widget", "Chưa có bình luận nào. Hãy là người đầu tiên bình luận bài viết này.")]
    out += rel_lines(rel[1:4], rng, "title")
    return out


def provincial_paper(st, rng, rel, site):
    y, mo, d, h, mi = _date(rng)
    out = [("source", site), ("widget", "Trang chủ | Chính trị | Kinh tế | Xã hội | Văn hóa | Quốc phòng - An ninh"),
           ("date", f"Cập nhật ngày: {d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}"), ("widget", "Cỡ chữ: A- A A+"),
           ("title", st.title), ("widget", "In bài Gửi email Lưu")]
    out += body(st, spread(st, rng, [("caption", photo_caption(rel[0], rng))] + extras(rng, rel, 1))) + trailers(st)
    out += [("byline", f"{rng.choice(NAMES).upper()} (tổng hợp)"), credit(rng), ("widget", "Các tin khác:")]
    out += rel_lines(rel[1:7], rng, "date")
    out += [("widget", "Ý kiến bạn đọc"), ("widget", "Họ tên:"), ("widget", "Email:"),
            ("widget", "Ý kiến của bạn sẽ được biên tập trước khi đăng, xin vui lòng gõ tiếng Việt có dấu."),
            ("widget", "Gửi ý kiến"), ("widget", f"Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh - {site}")]
    return out


def live_blog(st, rng, rel, site):
    y, mo, d, h, mi = _date(rng)
    out = [("source", site), ("widget", "TRỰC TIẾP"), ("title", st.title), ("date", f"Cập nhật {h:02d}:{mi:02d}, {d}/{mo}/{y}"),
           ("widget", "Tự động cập nhật: Bật"), ("widget", "Diễn biến chính")]
    out += [("related", f"• {t}") for t, _ in rel[:2]]
    ex: dict[int, list[tuple[str, str]]] = {}
    clock = h * 60 + mi
    for i in range(len(st.paras) - 1):
        clock += rng.randint(3, 25)
        ex[i] = [("widget", f"{clock // 60 % 24:02d}:{clock % 60:02d}")]
        if rng.random() < 0.3:
            ex[i].append(("widget", "Ghim"))
    ex.setdefault(0, []).extend([("caption", photo_caption(rel[2], rng))] + extras(rng, rel, 1))
    out += body(st, ex) + trailers(st) + [byline(rng)]
    out += [("widget", "Làm mới trang để xem diễn biến tiếp theo."), ("widget", "Bài viết cùng chủ đề")]
    out += rel_lines(rel[3:7], rng, "title")
    return out


def screen_reader(st, rng, rel, site):
    """What a screen reader's speech log records: element roles spoken before menus, images and links."""
    y, mo, d, h, mi = _date(rng)
    sec = rng.sample(SECTIONS, 4)
    out = [("widget", f"{site} - Trình duyệt"), ("widget", "vùng điều hướng danh sách 4 mục")]
    out += [("widget", f"liên kết {x}") for x in sec]
    out += [("widget", "ra khỏi danh sách"), ("widget", "vùng chính"), ("widget", "tiêu đề cấp 1"), ("title", st.title),
            ("date", f"{d} tháng {mo} năm {y}, {h} giờ {mi} phút")]
    ex = spread(st, rng, [("caption", f"hình ảnh {photo_caption(rel[0], rng)}"),
                          ("related", f"liên kết {rel[1][0]}")])
    out += body(st, ex) + trailers(st) + [byline(rng)]
    out += [("widget", "tiêu đề cấp 2 Tin cùng chuyên mục")]
    out += [("related", f"liên kết {t}") for t, _ in rel[2:6]]
    out += [("widget", "vùng thông tin nội dung"), ("widget", f"Bản quyền thuộc {site}. Tất cả các quyền được bảo lưu.")]
    return out


def bookmark_export(st, rng, rel, site):
    """A read-later app's export of a saved article, with the reader's own highlights and notes."""
    y, mo, d, h, mi = _date(rng)
    out = [("title", st.title), ("source", site),
           ("widget", f"Đã lưu từ: https://{DOMAINS[site]}/{_slug(st.title, rng)}"),
           ("date", f"Đã lưu lúc {h:02d}:{mi:02d} ngày {d:02d}/{mo:02d}/{y}"),
           ("widget", f"Thẻ: {rng.choice(SECTIONS).lower()}, đọc sau, {y}")]
    if rng.random() < 0.5:
        out.append(("byline", f"Tác giả: {rng.choice(NAMES)}"))
    out += body(st, spread(st, rng, [("caption", photo_caption(rel[0], rng))])) + trailers(st)
    out += [("widget", "Ghi chú của tôi"),
            ("widget", rng.choice(("Cần đối chiếu số liệu này với báo cáo của tỉnh trước khi dùng.",
                                   "Bài này có thể dùng làm ví dụ cho buổi thảo luận tuần sau.",
                                   "Hỏi thêm ý kiến luật sư về các tình tiết được nêu trong bài."))),
            ("widget", "Bài viết được đề xuất cho bạn")]
    out += rel_lines(rel[1:4], rng, "dash")
    out += [("widget", "Đánh dấu đã đọc · Lưu trữ · Xóa · Chia sẻ")]
    return out


BUILDERS = {name: globals()[name] for name in LAYOUTS}


# ---------------------------------------------------------------- reading and assembling
def _rows(train_path: Path, last: int) -> dict[int, dict]:
    rows: dict[int, dict] = {}
    with gzip.open(train_path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= last:
                break
            if n in BODY_ROWS or n in RELATED_ROWS:
                try:
                    obj = json.loads(line) if line.strip() else None
                except json.JSONDecodeError:
                    obj = None
                if isinstance(obj, dict) and isinstance(obj.get("title"), str) and isinstance(obj.get("article"), str):
                    rows[n] = obj
    return rows


def _related(obj: dict) -> tuple[str, str] | None:
    art = " ".join(obj["article"][:RELATED_CHARS].split())
    sents = [s for s in split_sentences(art) if len(s) > 25]
    title = " ".join(obj["title"].split())
    if not title or not sents or len(sents[0]) > 260:
        return None
    return title, sents[0]


def assemble(parts: list[tuple[str, str]], st: Story, layout: str, rng: random.Random) -> Page:
    sentences = [s for p in st.paras for s in p]
    lines: list[str] = []
    furniture: list[tuple[str, str]] = []
    for role, line in parts:
        if role in KINDS:
            line = fault_line(line, rng).strip()
            if not line or any(s in line for s in sentences):
                continue
            furniture.append((role, line))
        line = line.strip()
        if line:
            lines.append(line)
    return Page(text="\n".join(lines), body=sentences, furniture=furniture, layout=layout)


def pages(train_path: Path) -> list[Page]:
    """One page per usable row of BODY_ROWS, layouts taken in turn."""
    rows = _rows(Path(train_path), max(BODY_ROWS.stop, RELATED_ROWS.stop))
    pool = [r for n in RELATED_ROWS if n in rows and (r := _related(rows[n])) is not None]
    if len(pool) < 10:
        raise ValueError(f"only {len(pool)} usable related rows in {train_path}")
    out: list[Page] = []
    for n in BODY_ROWS:
        if n not in rows or not rows[n]["article"].strip() or not rows[n]["title"].strip():
            continue
        rng = random.Random(f"test15-{n}")
        st = make_story(rows[n]["title"], rows[n]["article"], rng)
        if st is None:
            continue
        layout = LAYOUTS[len(out) % len(LAYOUTS)]
        if rng.random() < 0.35:
            apply_faults(st, rng)
        rel = rng.sample(pool, 10)
        site = rng.choice(SITES)
        parts = BUILDERS[layout](st, rng, rel, site)
        out.append(assemble(parts, st, layout, rng))
    return out


if __name__ == "__main__":
    import sys
    for page in pages(Path(sys.argv[1]))[: int(sys.argv[2]) if len(sys.argv) > 2 else 3]:
        print(f"=== {page.layout} ({len(page.furniture)} furniture)\n{page.text}\n")
