"""Held-out cleaner evaluation set "test43": the story as met on a surface other than
the outlet's own web page (aggregator app, smart TV, watch notification, car reader,
voice transcript, e-reader export, RSS reader, cached/AMP frame, in-app browser, instant
view, read-it-later app, translated-page bar, intranet repost, OCR'd screenshot, scanned
printout, e-mail forward).

Standard library only, deterministic, independent of PYTHONHASHSEED.

    python eval/clean_test43/make.py /path/to/vietnews_train.jsonl.gz
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

SEED = 4343
BODY_ROWS = range(18_200, 18_300)
RELATED_ROWS = range(9_800, 9_900)
RELATED_CHARS = 1_200
KINDS = ("byline", "credit", "caption", "related", "widget")


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def rng_for(row: int, purpose: str) -> random.Random:
    return random.Random(f"test43|{SEED}|{row}|{purpose}")


# --------------------------------------------------------------------------- reading
def _usable(line: str):
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
    return title.strip(), article.strip()


def read_rows(train_path):
    """Read the gz file once, line by line (split on b"\\n" only); stop after the last row needed."""
    last = max(BODY_ROWS[-1], RELATED_ROWS[-1])
    body, related = {}, {}
    with gzip.open(train_path, "rb") as fh:
        for i, raw in enumerate(fh):
            if i in BODY_ROWS or i in RELATED_ROWS:
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    line = ""
                row = _usable(line.rstrip("\n"))
                if row is not None:
                    (body if i in BODY_ROWS else related)[i] = row
            if i >= last:
                break
    return body, related


# ------------------------------------------------------------------ sentence splitting
ABBREV = {"TP", "TS", "ThS", "PGS", "GS", "BS", "Th", "St", "Mr", "Mrs", "Dr", "Q", "P", "TT",
          "KS", "NXB", "Tp", "Ths", "NSƯT", "NSND", "CN", "Ng", "Tr", "ĐH", "Sr", "Jr", "Co", "Inc"}
_OPEN_Q = '"“‘\''
_CLOSE_Q = '"”’\''


def _starts_sentence(s: str) -> bool:
    s = s.lstrip(_OPEN_Q + " (")
    return bool(s) and (s[0].isupper() or s[0].isdigit())


def split_sentences(text: str) -> list:
    """Split VietNews article text (detokenised, quotes spaced) into sentences."""
    text = re.sub(r"\s+", " ", text).strip()
    out, start, i, n = [], 0, 0, len(text)
    while i < n:
        ch = text[i]
        end = None
        if ch in ".!?…":
            j = i + 1
            while j < n and text[j] in ".!?…":
                j += 1
            # optional closing quote: ". " + '"' is closing if quotes are open
            k = j
            if k + 1 < n and text[k] == " " and text[k + 1] in _CLOSE_Q:
                seg = text[start:k]
                if seg.count('"') % 2 == 1 or (text[k + 1] == "”" and seg.count("“") > seg.count("”")):
                    k += 2
            elif k < n and text[k] in _CLOSE_Q and text[k] != "'":
                seg = text[start:k]
                if seg.count('"') % 2 == 1 or text[k] == "”":
                    k += 1
            if k < n and text[k] == " " and _starts_sentence(text[k + 1:]):
                word = re.search(r"(\S+)$", text[start:i])
                w = word.group(1) if word else ""
                w = w.lstrip("(" + _OPEN_Q)
                abbrev = ch == "." and j == i + 1 and (
                    w in ABBREV or (len(w) == 1 and w.isupper() and w not in "ÁÝ") or re.fullmatch(r"(?:[A-ZĐ]\.)+[A-ZĐ]", w or "-")
                )
                if not abbrev:
                    end = k
        if end is not None:
            out.append(text[start:end].strip())
            start = end + 1
            i = start
            continue
        i += 1
    if start < n:
        out.append(text[start:].strip())
    return [s for s in out if s]


def norm_key(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u200b", "").replace("\u200c", "").replace("\u200d", "").replace("\ufeff", "")
    return "".join(s.split()).casefold()


# ------------------------------------------------------------- taking the story out
_NAME_WORD = r"[A-ZÀ-ỸĐ][a-zà-ỹđ]*\.?"
_NAME = rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}"
BYLINE_RE = re.compile(rf"^{_NAME}(?: - {_NAME}){{0,2}}$")
MARKER_RE = re.compile(r"(?:^|\s)(?:\*\s*)?(?:Ảnh|Video|Clip|Đồ họa|Đồ hoạ|Nguồn|Xem thêm|Xem video|Infographic)\s*:|> >|>>")
POSITION_RE = re.compile(r"\((?:trái|phải|giữa|từ trái qua|từ phải qua|hàng đầu)[^)]*\)|Trong ảnh|Ảnh trên|Ảnh dưới|Ảnh minh hoạ|Ảnh minh họa")

# Hand review of rows 18200-18299 (matched by sentence start, so nothing here can touch
# other data): sentences that are really photo captions become caption lines; sub-heads,
# table intros, interview questions and dubious fragments are left off.
HAND_CAPTION = (
    "Cần cẩu bị gãy khiến 2 công nhân gặp nạn.",
    "Hiện trường vụ việc nhìn từ trên cao.",
    "Bộ trưởng Nội vụ Lê Vĩnh Tân.",
    "Trâu 3 sừng độc nhất miền Tây.",
    "Đức Gyalwang Drukpa đã nhiều lần sang Việt Nam.",
    "Lịch nghỉ Tết Ất Mùi.",
    "Hướng đi của bão Melor.",
    "Trường tiểu học Kim Lâm, xã Thanh Sơn.",
    "Một góc bán đảo Sơn Trà.",
    "Trạm thu phí BOT Mỹ Lộc - Nam Định.",
    "Cá chết trên sông Âm.",
    "Ông Nguyễn Quang Vinh và bà Diệp Thị Hồng Liên.",
    "Hai xe khách hư hỏng nặng sau tai nạn.",
    "Các căn nhà bị cháy rụi sau vụ hoả hoạn.",
    "Thứ trưởng Nội vụ Nguyễn Trọng Thừa:",
    "Khu vực trung tâm Sài Gòn đông nghịt đêm Noel.",
    "Tàu chở 900 tấn than cám bị bắt giữ.",
    "Cảnh sát lập biên bản tạm giữ lô hàng.",
    "Đảo Trường Sa Lớn nhìn từ trên cao.",
    "Cầu Cao Lãnh sẽ thông xe vào cuối năm nay.",
    "Cầu dự kiến thông xe vào cuối năm nay.",
    "Cổng vào trụ sở Khâm Thiên Giám.",
    "Bộ đội tích cực tìm kiếm các nạn nhân.",
    "Anh Dương Chí Linh, người nhà của chú rể.",
    "Chiếc Camry nằm gọn trên dải phân cách giữa đường.",
    "Đường BOT chuyên dụng chưa thống nhất giá thu phí.",
    "Các thợ lặn tìm kiếm nữ thuyền trưởng bị nạn.",
    "Anh Hồ Nhật Tân thả cá thể rùa về biển.",
    "Khu bếp cháy nham nhở.",
    "Phối cảnh Trung tâm hành chính TP Thanh Hoá.",
    "Một cây mai anh đào lâu năm bị bật gốc.",
    "Hiện trường vụ tai nạn.",
    "Bộ đội dùng thuyền tìm nạn nhân.",
    "Thành được cảnh sát đưa xuống bằng xe thang.",
    "Phần xương tay bị gấu cắn của bé qua chẩn đoán hình ảnh.",
    "Trạm thu phí Cầu Rác dừng thu phí từ 0h ngày 21/2.",
    "Căn biệt thự của Giám đốc Công an TP Đà Nẵng Lê Văn Tam được chia sẻ lên mạng xã hội",
)
HAND_DROP = (
    "Chi tiết Nghị định 64/2019",
    "9 môn thể thao mạo hiểm bắt buộc",
    "Theo ông Nguyễn Bảo Vinh.",
    "Người phụ nữ bị gãy xương cánh tay phải.",
    "Đoạn đường bị nứt kéo dài hơn 30m.",
    "Vết nứt này rộng khoảng từ 20cm đến gần 1m.",
    "Quanh vết nứt, đất và nền đường bị sụt lún.",
)


class Story(NamedTuple):
    items: list          # list of ("body"|"caption", sentence)
    bylines: list        # names found in trailers
    credits: list        # sources / credits found in trailers
    related: list        # related headlines glued as trailers


def _is_sentence_end(s: str) -> bool:
    return bool(re.search(r"[.!?…][\"”’')]*$|[\"”]$", s.strip()))


def take_story(article: str) -> Story:
    sents = []
    for s0 in split_sentences(article):
        # glued link markers ("* ...", "> > ..."), mid-sentence credits ("...: Ảnh: X") and
        # interview turns ("...? - Answer") start a new piece
        for piece in re.split(r"(?<=[.!?:…\"”])\s+(?=\* |> >|>>|(?:Ảnh|Video|Clip)\s*:|- [A-ZÀ-ỸĐ])", s0):
            if piece.strip():
                sents.append(piece.strip())
    bylines, credits, related = [], [], []
    # ---- trailer: the last pieces without a sentence end
    while sents:
        last = sents[-1]
        if _is_sentence_end(last) and not MARKER_RE.search(last):
            break
        sents.pop()
        m = re.match(r"^(.*?)\s*\(?\b(Theo|Nguồn:)\s+([^().,;:]{2,40}?)\)?$", last)
        if BYLINE_RE.match(last) and len(last.split()) <= 9:
            bylines.append(last)
        elif m and (not m.group(1) or _is_sentence_end(m.group(1))):
            credits.append(("Theo " if m.group(2) == "Theo" else "Nguồn: ") + m.group(3).strip())
            if m.group(1):
                sents.append(m.group(1))
        elif re.match(r"^(Clip|Video|Ảnh)\s*:\s*", last):
            body = re.sub(r"^(Clip|Video|Ảnh)\s*:\s*", "", last)
            tail = re.search(rf"\s({_NAME}(?: - {_NAME})?)$", body)
            if last.startswith("Clip") and BYLINE_RE.match(body):
                credits.append("Clip: " + body)
            elif tail and len(body.split()) > 6:
                w = body[: tail.start()].split()
                # a glued author at the end of a video title: take the last two capitalised words
                words = body.split()
                if len(words) >= 3 and all(x[:1].isupper() for x in words[-2:]):
                    bylines.append(" ".join(words[-2:]))
            # the rest (video title) is left off
        elif last.startswith(("*", "> >", ">>", "Xem thêm")):
            # "* Related headline Author Name": split off a trailing author (two-word names)
            h = re.sub(r"^(?:[*>\s]+)?(?:Xem thêm|Xem video|Ảnh|Video)?\s*:?\s*", "", last)
            w2 = r"[A-ZÀ-ỸĐ][a-zà-ỹđ]+ [A-ZÀ-ỸĐ][a-zà-ỹđ]+"
            tail = re.search(rf"\s({w2}(?: - {w2})?)$", h)
            if tail and len(h[: tail.start()].split()) >= 4:
                bylines.append(tail.group(1))
                h = h[: tail.start()]
            if h.strip():
                related.append(h.strip())
        else:
            # a trailing name glued after the last full stop of a longer piece
            mm = re.search(r"^(.*[.!?…:][\"”]?)\s+(" + _NAME + r"(?: - " + _NAME + r")?)$", last)
            if mm and BYLINE_RE.match(mm.group(2)):
                bylines.append(mm.group(2))
                sents.append(mm.group(1))
            # otherwise: left off
    items, seen = [], set()
    for idx, s in enumerate(sents):
        nxt = sents[idx + 1] if idx + 1 < len(sents) else ""
        if s.startswith("- "):
            if s.rstrip(' "”').endswith("?"):
                continue  # interview question
            s = s[2:]
        if s.startswith(("*", "> >", ">>")):
            continue  # glued link to another story
        key = norm_key(s)
        if key in seen:
            continue
        seen.add(key)
        if s.startswith(HAND_DROP):
            continue
        if s.startswith(HAND_CAPTION):
            items.append(("caption", s))
            continue
        if MARKER_RE.search(s) or POSITION_RE.search(s):
            continue  # fused photo/video credits, link markers, position markers: left off
        if re.match(r"^Ảnh\s*:", nxt) or (re.match(r"^(Video|Clip)\s*:", nxt) and len(s.split()) < 15):
            items.append(("caption", s))  # the sentence right before a photo credit is its caption
            continue
        if re.match(r"^(Video|Clip)\s*:", nxt):
            continue
        if not _is_sentence_end(s) or s.rstrip().endswith(":"):
            continue  # sub-heads, table intros, fragments
        if len(s.split()) < 5:
            continue
        if s.rstrip(' "”').endswith("?") and len(s.split()) < 25 and not re.search(r"[\"“”]", s):
            continue  # probable interview question or sub-head question
        items.append(("body", s))
    return Story(items, bylines, credits, related)


def related_text(title: str, article: str):
    """A related row's headline and usable sentences (first 1,200 characters only)."""
    cut = article[:RELATED_CHARS]
    sents = split_sentences(cut)
    if len(article) > RELATED_CHARS and sents:
        sents = sents[:-1]
    sents = [s for s in sents if _is_sentence_end(s) and not MARKER_RE.search(s) and len(s.split()) >= 5]
    return title, sents


# ------------------------------------------------------------------- page building
FIRST = ["Lâm", "Tôn", "Khổng", "Mạc", "Quách", "Văn", "Ông", "Kha", "Diệp", "Hứa"]
MID = ["Khả", "Thục", "Bảo", "Nhã", "Quế", "Đăng", "Hạo", "Tịnh"]
LAST = ["Vy", "Nguyên", "Trâm", "Khuê", "Duy", "Phong", "Miên", "Sa", "Hà", "Doãn"]
OUTLETS = ["Nhật báo Phù Sa", "Tin Sớm Mai", "Cổng tin Vạn Xuân", "Bản tin Cửa Đông", "Tạp chí Gió Nồm",
           "Báo điện tử Mây Ngàn", "Thời báo Bến Nghé Mới", "Tin tức Sao Khuê"]
AGENCIES = ["TTX-PS", "PSN", "Vạn Xuân Press", "Hãng tin Cầu Vồng"]
DATA_SRC = ["Trung tâm dữ liệu Bình Minh", "Viện khảo sát Hồng Lam", "nhóm số liệu Sơn Ca"]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(MID)} {rng.choice(LAST)}"


def date_line(rng, style):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2016, 2017, 2018, 2019])
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    wd = rng.choice(["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"])
    forms = [f"{wd}, {d}/{m}/{y}, {hh:02d}:{mm:02d} (GMT+7)", f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}",
             f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00+07:00", f"{hh:02d}:{mm:02d} {d}/{m}/{y}",
             f"{wd} {d} tháng {m}, {y}"]
    return forms[style % len(forms)] if style >= 0 else rng.choice(forms)


def byline_line(rng, name, roles):
    shape = rng.randrange(8)
    if shape == 0:
        return name
    if shape == 1:
        return name.upper()
    if shape == 2:
        return f"{rng.choice(roles)}: {name}"
    if shape == 3:
        return f"{name} ({rng.choice(AGENCIES)})"
    if shape == 4:
        return f"{name} - {person(rng)}"
    if shape == 5:
        return f"{rng.choice(roles)} {name}, biên tập: {person(rng)}"
    if shape == 6:
        return f"Bài: {name} | Ảnh: {person(rng)}"
    return f"{name} thực hiện"


def credit_line(rng, extra=None):
    shape = rng.randrange(7)
    if extra and rng.random() < 0.6:
        return extra
    o = rng.choice(OUTLETS)
    return [f"Theo {o}", f"Nguồn: {o}", f"Ảnh: {person(rng)}", f"Video: {person(rng)}/{o}",
            f"Số liệu: {rng.choice(DATA_SRC)}", f"Bài viết được lấy từ {o}", f"(Theo {o})"][shape]


class L(NamedTuple):
    name: str
    site: list          # unlabelled site-name wordings ("" for none)
    date_style: int     # -1: any
    top: list           # top widget wordings
    mid: list           # mid widgets
    bottom: list        # bottom widgets
    rel_head: list      # related block headers
    roles: list         # byline roles
    cap: list           # caption templates ({c} caption text)
    byline_top: float   # chance byline above the body
    date_first: bool


def N(rng, a=1, b=99):
    return rng.randint(a, b)


LAYOUTS = [
    L("aggregator_app", ["TinGom", "Đọc Gì Hôm Nay"], -1,
      ["‹ Quay lại", "Aa  Cỡ chữ", "Theo dõi nguồn tin này", "Bạn đang xem bản đọc nhanh do ứng dụng tạo ra."],
      ["Quảng cáo · Ẩn quảng cáo này", "Vuốt lên để đọc tiếp bài sau.", "Nội dung được tài trợ bởi một đối tác của ứng dụng.", "Lưu | Chia sẻ | Báo lỗi"],
      ["{n} bình luận", "Đọc bài gốc tại trang của nhà xuất bản.", "Bạn thấy bài này thế nào? Hữu ích · Không hữu ích",
       "Ứng dụng chỉ tổng hợp tin, nội dung thuộc về tòa soạn đăng bài."],
      ["Tin cùng chủ đề", "Có thể bạn quan tâm", "ĐỌC THÊM"], ["Tác giả", "PV"],
      ["{c}", "Ảnh: {c}", "▲ {c}"], 0.5, False),
    L("smart_tv_app", ["SenTV Tin Tức", "Kênh tin Mái Hiên TV"], 3,
      ["◀ Nhấn BACK để về danh sách", "Nhấn OK để bật đọc tự động", "Chế độ đọc: Chữ lớn"],
      ["▼ Dùng phím xuống để cuộn", "Trang {n}/{m}", "Giữ phím OK để phóng to hình ảnh."],
      ["Nhấn phím ĐỎ để xem video liên quan.", "Nhấn phím XANH để thêm vào danh sách xem sau.", "Bản tin kế tiếp sau {n} giây"],
      ["Bản tin tiếp theo", "Xem tiếp trên TV"], ["Phóng viên", "Biên tập"],
      ["[Hình] {c}", "{c}"], 0.3, True),
    L("notification_stream", [""], 3,
      ["Thông báo · {n} phút trước", "Chạm để đọc toàn bài", "{n} thông báo mới từ Nhịp Tin", "Tắt thông báo từ nguồn này"],
      ["Nhịp Tin · tin nóng", "Bạn có {n} tin chưa đọc.", "Mở khóa điện thoại để xem ảnh trong bài."],
      ["Đánh dấu đã đọc", "Xóa tất cả thông báo", "Đã gửi đến đồng hồ của bạn lúc {h}:{mm}."],
      ["Thông báo khác", "Cũng vừa gửi đến bạn"], ["Tác giả"],
      ["{c}", "🖼 {c}"], 0.2, False),
    L("car_infotainment", ["XeVi Drive · Tin tức"], 3,
      ["Đang đỗ xe: cho phép đọc chữ", "Chế độ lái: chỉ phát âm thanh", "🔊 Đọc to", "Nhiệt độ ngoài trời {n}°C"],
      ["Vì an toàn, nội dung sẽ ẩn khi xe chạy trên {n} km/h.", "Âm lượng {n}"],
      ["Điều hướng: còn {n} km đến điểm đến", "Bài tiếp theo ▶", "Kết nối điện thoại: đã kết nối."],
      ["Bài tiếp trong hàng chờ", "Tin kế tiếp"], ["Người viết"],
      ["{c}"], 0.4, True),
    L("voice_transcript", ["Trợ lý Sáo Sậu"], -1,
      ["Bạn: Đọc tin mới nhất cho tôi.", "Sáo Sậu: Đây là tin từ {o}.", "[Bắt đầu đọc]", "Bản ghi cuộc hội thoại"],
      ["[tạm dừng {n} giây]", "Sáo Sậu: Bạn có muốn nghe tiếp không?", "Bạn: Có, đọc tiếp đi."],
      ["[Kết thúc đọc]", "Sáo Sậu: Tôi có thể gửi liên kết bài viết vào điện thoại của bạn.", "Bạn: Cảm ơn.", "Thời lượng {n} phút {m} giây"],
      ["Sáo Sậu: Tin tiếp theo là", "Tiếp theo trong bản tin"], ["Phóng viên", "Tác giả"],
      ["[Mô tả ảnh] {c}", "{c}"], 0.6, False),
    L("ereader_export", ["Gửi tới Kinh Thư Reader"], 4,
      ["Tài liệu gửi từ trình duyệt", "Mục lục", "Vị trí {n} trên {m}"],
      ["— {n} —", "Đánh dấu trang · Ghi chú", "Chạm hai lần để xem hình ở cỡ lớn."],
      ["Kết thúc tài liệu.", "Xuất lúc {h}:{mm}, {n} trang.", "Tệp được chuyển đổi tự động, bố cục có thể khác bản gốc."],
      ["Các tài liệu khác trong thư viện", "Cũng đã gửi tới thiết bị"], ["Tác giả", "Người viết"],
      ["Hình {k}: {c}", "{c}"], 0.8, False),
    L("rss_reader", ["Lá Tin RSS", "Bản tin Cửa Sổ"], 2,
      ["Tất cả mục · {n} chưa đọc", "Đánh dấu tất cả đã đọc", "★ Gắn sao"],
      ["Mở trong trình duyệt", "Thẻ: thời sự, xã hội", "Mục này chỉ có phần tóm tắt trong nguồn cấp."],
      ["Mục tiếp ›", "Nguồn cấp cập nhật {n} phút trước.", "Trình đọc không tải được một số ảnh trong mục này."],
      ["Mục khác cùng nguồn cấp", "Mục mới trong thư mục"], ["Tác giả", "dc:creator"],
      ["{c}", "[ảnh] {c}"], 0.7, False),
    L("cached_amp_frame", ["Tìm Nhanh · Bản lưu"], 1,
      ["Đây là bản lưu trong bộ nhớ đệm của trang, chụp lúc {h}:{mm}.", "Trang hiện tại có thể đã thay đổi.", "✕ Đóng khung xem nhanh", "⚡ Trang xem nhanh"],
      ["Chỉ xem văn bản", "Xem phiên bản đầy đủ", "Một số thành phần của trang đã bị lược bỏ trong bản lưu."],
      ["Thông tin về bản lưu này", "Báo cáo trang này", "Kết quả tìm kiếm tiếp theo ›"],
      ["Tin liên quan", "Cũng được tìm kiếm"], ["Tác giả"],
      ["{c}", "Ảnh minh hoạ: {c}"], 0.5, False),
    L("social_inapp_browser", ["Mở bằng Bông Lau"], -1,
      ["Bông Lau · trình duyệt trong ứng dụng", "⋯ Mở bằng trình duyệt ngoài", "Bài viết được {n} người chia sẻ"],
      ["👍 {n}  💬 {m}  ↗ Chia sẻ", "Đăng nhập để bình luận."],
      ["Viết bình luận...", "Xem thêm {n} bình luận.", "Bạn bè của bạn đã chia sẻ bài viết này."],
      ["Bài viết khác", "Mọi người cũng xem"], ["Đăng bởi", "Tác giả"],
      ["{c}", "📷 {c}"], 0.5, False),
    L("instant_view", ["Xem Tức Thì"], 0,
      ["⚡ Xem tức thì", "{n} lượt xem", "Mở trong trình duyệt ↗"],
      ["Kênh Tin Đêm Khuya đã chia sẻ liên kết này.", "Chạm vào ảnh để phóng to."],
      ["Bạn có thể gửi bài này cho bạn bè trong cuộc trò chuyện.", "Tham gia kênh · {n} thành viên", "Báo sai định dạng"],
      ["Liên kết khác trong kênh", "Đọc thêm"], ["Tác giả"],
      ["{c}", "▸ {c}"], 0.6, False),
    L("read_it_later", ["Túi Đọc", "Để Dành Đọc"], 1,
      ["Đã lưu vào danh sách đọc", "{n} phút đọc", "Lưu trữ | Gắn thẻ | Xóa"],
      ["Đánh dấu đoạn văn", "Tiến độ {n}%", "Bạn đã đọc được gần nửa bài."],
      ["Bạn đã đọc xong bài này.", "Đã lưu từ {o} lúc {h}:{mm}.", "Bài đề xuất dựa trên danh sách của bạn."],
      ["Gợi ý cho bạn", "Trong danh sách của bạn"], ["Tác giả", "Bởi"],
      ["{c}"], 0.7, False),
    L("translated_page_bar", ["Báo Phố Cổ Online"], 0,
      ["Dịch trang này? Tiếng Việt → English", "Hiển thị bản gốc | Tùy chọn", "Trang này được viết bằng tiếng Việt.", "Luôn dịch tiếng Việt"],
      ["Translate this page · Không bao giờ dịch trang này", "Đã phát hiện ngôn ngữ: Tiếng Việt"],
      ["Dịch vụ dịch đã tắt cho trang này.", "Chia sẻ | In | Gửi email", "Bản quyền thuộc về Báo Phố Cổ Online."],
      ["Tin khác", "Tin mới nhất"], ["Tác giả"],
      ["{c}", "Ảnh: {c}"], 0.4, False),
    L("intranet_repost", ["Cổng thông tin nội bộ Công ty Tân Hải Long", "Trang nội bộ Trường THPT Ngọc Lan"], 1,
      ["Trang chủ > Tin tức > Điểm báo", "Người đăng: phòng Hành chính", "Lượt xem: {n}"],
      ["Tin được đăng lại phục vụ nội bộ, đề nghị cán bộ nhân viên tham khảo.", "Tải tệp đính kèm (PDF)"],
      ["Các tin đã đưa", "Phản hồi về cho ban biên tập nội bộ qua hộp thư chung.", "Đăng nhập lần cuối: {h}:{mm}"],
      ["Điểm báo khác", "Các tin đã đăng"], ["Người đăng", "Sưu tầm"],
      ["{c}"], 0.5, False),
    L("ocr_screenshot", [""], 3,
      ["{h}:{mm}  ▮▮▮ 4G {n}%", "← ⋮", "Chụp màn hình · Đã trích văn bản"],
      ["|", "Đọc tiếp", "Ảnh chụp màn hình đã bị cắt ở đây."],
      ["Sao chép văn bản | Chia sẻ | Tìm", "Văn bản được nhận dạng từ ảnh chụp màn hình có thể có lỗi.", "◁ ○ □"],
      ["Tin liên quan", "XEM THÊM"], ["Tác giả"],
      ["{c}"], 0.3, False),
    L("scanned_printout", [""], 1,
      ["THƯ VIỆN KHU PHỐ HÒA BÌNH · ĐÃ LƯU TRỮ", "Số đăng ký: {n}/{m}", "In từ trình duyệt"],
      ["Trang {n}/{m}", "-- cắt trang --", "Bản in bị mờ ở đoạn này, xin xem bản gốc."],
      ["Đã kiểm tra, lưu hồ sơ tư liệu báo chí.", "Người lưu: thủ thư", "Ngày in {n}/{m}/2019"],
      ["Bài liên quan", "Tin khác"], ["Tác giả"],
      ["{c}"], 0.5, False),
    L("email_forward", [""], 0,
      ["---------- Thư chuyển tiếp ----------", "Từ: Ông Lão Bút <ongbut@thunhanh.vn>", "Chủ đề: Fwd: bài này hay", "Anh chị xem bài này nhé, em dán nguyên văn bên dưới."],
      ["(đoạn đã cắt bớt)", "Em bỏ bớt mấy cái quảng cáo ở giữa cho dễ đọc."],
      ["Gửi từ điện thoại của tôi.", "Trả lời | Trả lời tất cả | Chuyển tiếp", "Thư này có {n} tệp đính kèm."],
      ["Mấy bài khác cùng chủ đề:", "Link liên quan:"], ["Tác giả", "PV"],
      ["{c}"], 0.5, False),
]


def _fill(rng, w):
    return w.format(n=N(rng, 2, 95), m=N(rng, 96, 400), h=f"{N(rng, 0, 23):02d}", mm=f"{N(rng, 0, 59):02d}",
                    o=rng.choice(OUTLETS), k=N(rng, 1, 9))


def _teaser(rng, sents):
    s = rng.choice(sents)
    words = s.split()
    cut = rng.randint(min(6, len(words) - 1), max(6, len(words) - 2)) if len(words) > 7 else len(words) - 1
    return " ".join(words[:max(cut, 3)]).rstrip(",;:") + rng.choice(["…", "...", " …"])


def build_page(row, title, story: Story, layout: L, rel_pool):
    r = lambda p: rng_for(row, p)  # noqa: E731
    lines = []  # (kind, text) where kind in KINDS, "body" (list), or None (unlabelled)
    rg = r("chrome")
    body_keys = {norm_key(s) for k, s in story.items if k == "body"}

    # related material for this page
    rr = r("related")
    picks = rr.sample(rel_pool, k=min(len(rel_pool), rr.randint(2, 4)))
    rel_lines = []
    for t, sents in picks:
        if norm_key(t) not in body_keys:
            rel_lines.append(("related", t))
        if sents and rr.random() < 0.6:
            rel_lines.append(("related", _teaser(rr, sents) if rr.random() < 0.7 else rr.choice(sents)))
    other_caps = []
    for t, sents in rr.sample(rel_pool, k=min(len(rel_pool), 2)):
        short = [s for s in sents if len(s.split()) <= 30 and norm_key(s) not in body_keys]
        if short and rr.random() < 0.7:
            other_caps.append(rr.choice(short))

    # bylines and credits
    rb = r("byline")
    names = story.bylines or [person(rb)]
    bl = [("byline", byline_line(rb, nm, layout.roles) if rb.random() < 0.7 else nm) for nm in names]
    cr = [("credit", c) for c in story.credits]
    if rb.random() < 0.75:
        cr.append(("credit", credit_line(rb)))

    # header
    site = rg.choice(layout.site)
    dl = date_line(rg, layout.date_style)
    head = [("widget", _fill(rg, w)) for w in rg.sample(layout.top, k=rg.randint(1, min(3, len(layout.top))))]
    if site:
        head.insert(rg.randint(0, len(head)), (None, site))
    lines += head
    if layout.date_first:
        lines.append((None, dl))
    lines.append((None, title))
    if not layout.date_first:
        lines.append((None, dl))
    top_b = rb.random() < layout.byline_top
    if top_b:
        if rb.random() < 0.3 and len(bl) == 1:
            # merged byline and date-free extra on one line
            lines.append(("byline", bl[0][1] + " · " + _fill(rg, rg.choice(["{n} phút đọc", "{n} lượt xem", "cập nhật {h}:{mm}"]))))
        else:
            lines += bl

    # body paragraphs with captions and mid widgets
    rp = r("paragraphs")
    own_caps = [s for k, s in story.items if k == "caption"]
    paras, cur = [], []
    want = rp.randint(1, 4)
    for k, s in story.items:
        if k == "caption":
            if cur:
                paras.append(("body", cur))
                cur, want = [], rp.randint(1, 4)
            paras.append(("caption", rp.choice(layout.cap).format(c=s, k=len(paras) + 1)))
            continue
        cur.append(s)
        if len(cur) >= want:
            paras.append(("body", cur))
            cur, want = [], rp.randint(1, 4)
    if cur:
        paras.append(("body", cur))
    # other stories' photo captions and mid widgets at drawn positions
    inserts = [("caption", rp.choice(layout.cap).format(c=c, k=N(rp, 1, 9))) for c in other_caps]
    inserts += [("widget", _fill(rp, w)) for w in rp.sample(layout.mid, k=rp.randint(0, min(2, len(layout.mid))))]
    if rp.random() < 0.35 and rel_lines:
        inserts.append(rel_lines.pop(0))
    for item in inserts:
        paras.insert(rp.randint(1, max(1, len(paras))), item)
    lines += paras

    # footer
    if not top_b:
        lines += bl
    rf = r("footer")
    pos = rf.random()
    if pos < 0.5:
        lines += cr
    if rel_lines:
        lines.append(("related", rf.choice(layout.rel_head)))
        if rf.random() < 0.25 and len(rel_lines) >= 2:
            a, b = rel_lines[0][1], rel_lines[1][1]
            rel_lines = [("related", f"{a} | {b}")] + rel_lines[2:]
        lines += rel_lines
    for h in story.related:
        if norm_key(h) not in body_keys:
            lines.append(("related", h))
    if pos >= 0.5:
        lines += cr
    lines += [("widget", _fill(rf, w)) for w in rf.sample(layout.bottom, k=rf.randint(1, min(3, len(layout.bottom))))]
    if rf.random() < 0.25:
        lines.append(("widget", " · ".join(_fill(rf, w) for w in rf.sample(layout.bottom, k=min(2, len(layout.bottom))))))
    del own_caps
    return lines


# ------------------------------------------------------------------ scraper faults
FAULTS = ("nbsp", "zwsp", "double_space", "nfd", "glue")


def _sub_spaces(rng, s, rep, share):
    parts = s.split(" ")
    if len(parts) < 3:
        return s
    out = parts[0]
    for p in parts[1:]:
        out += (rep if rng.random() < share else " ") + p
    return out


def _zw(rng, s):
    words = s.split(" ")
    for _ in range(rng.randint(1, 2)):
        idx = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
        if not idx:
            break
        i = rng.choice(idx)
        w = words[i]
        c = rng.randint(1, len(w) - 1)
        words[i] = w[:c] + "\u200b" + w[c:]
    return " ".join(words)


def apply_faults(row, lines):
    rng = rng_for(row, "faults")
    if rng.random() >= 0.27:
        return lines, []
    faults = rng.sample(FAULTS, k=1 if rng.random() < 0.6 else 2)
    out = []
    for kind, x in lines:
        if kind == "body":
            sents = list(x)
            if "glue" in faults and len(sents) >= 2 and rng.random() < 0.5:
                i = rng.randrange(len(sents) - 1)
                if sents[i].endswith(".") and sents[i + 1][:1].isupper():
                    sents[i:i + 2] = [sents[i] + sents[i + 1]]
            new = []
            for s in sents:
                if "nbsp" in faults and rng.random() < 0.5:
                    s = _sub_spaces(rng, s, "\u00a0", 0.15)
                if "zwsp" in faults and rng.random() < 0.4:
                    s = _zw(rng, s)
                if "double_space" in faults and rng.random() < 0.5:
                    s = _sub_spaces(rng, s, "  ", 0.1)
                new.append(s)
            x = new
        else:
            if "nbsp" in faults and rng.random() < 0.3:
                x = _sub_spaces(rng, x, "\u00a0", 0.2)
        out.append((kind, x))
    if "nfd" in faults:
        out = [(k, [unicodedata.normalize("NFD", s) for s in x] if k == "body" else unicodedata.normalize("NFD", x))
               for k, x in out]
    return out, faults


# ------------------------------------------------------------------ contract check
def check_page(p: Page):
    assert p.layout in {l.name for l in LAYOUTS}
    lines = p.text.split("\n")
    assert p.text and all(ln and ln == ln.strip() for ln in lines), "blank or unstripped line"
    keys = {norm_key(s) for s in p.body}
    assert p.body, "no body"
    for s in p.body:
        assert s and "\n" not in s and s in p.text and s == s.strip()
    bi, fi, unl = 0, 0, 0
    for ln in lines:
        if fi < len(p.furniture) and p.furniture[fi][1] == ln:
            kind = p.furniture[fi][0]
            assert kind in KINDS
            assert norm_key(ln) not in keys, f"furniture equals body: {ln}"
            assert not any(s in ln for s in p.body), f"furniture holds body: {ln}"
            fi += 1
            continue
        # body line: 1-4 body sentences joined by single spaces
        done = False
        for n in range(1, 5):
            if bi + n <= len(p.body) and " ".join(p.body[bi:bi + n]) == ln:
                bi += n
                done = True
                break
        if done:
            continue
        unl += 1
        assert norm_key(ln) not in keys
    assert bi == len(p.body), "body not consumed in order"
    assert fi == len(p.furniture), "furniture not consumed in order"
    assert unl <= 3, f"{unl} unlabelled lines"


# ------------------------------------------------------------------------- pages
_LAST_FAULTS: dict = {}


def pages(train_path) -> list:
    body_rows, rel_rows = read_rows(train_path)
    rel_pool = []
    for i in sorted(rel_rows):
        t, s = related_text(*rel_rows[i])
        rel_pool.append((t, s))
    out = []
    _LAST_FAULTS.clear()
    for k, row in enumerate(sorted(body_rows)):
        title, article = body_rows[row]
        layout = LAYOUTS[k % len(LAYOUTS)]
        story = take_story(article)
        if not any(kind == "body" for kind, _ in story.items):
            continue
        # related material must differ from this story's own text
        own = {norm_key(s) for _, s in story.items} | {norm_key(title)}
        pool = [(t, [s for s in ss if norm_key(s) not in own]) for t, ss in rel_pool if norm_key(t) not in own]
        lines = build_page(row, title, story, layout, pool)
        lines, faults = apply_faults(row, lines)
        for f in faults:
            _LAST_FAULTS[f] = _LAST_FAULTS.get(f, 0) + 1
        if faults:
            _LAST_FAULTS["_pages"] = _LAST_FAULTS.get("_pages", 0) + 1
        text_lines, body, furn = [], [], []
        for kind, x in lines:
            if kind == "body":
                body.extend(x)
                text_lines.append(" ".join(x))
            else:
                x = x.strip()
                if not x:
                    continue
                text_lines.append(x)
                if kind is not None:
                    furn.append((kind, x))
        p = Page("\n".join(text_lines), body, furn, layout.name)
        check_page(p)
        out.append(p)
    return out


def _shaped(line: str) -> bool:
    return len(line.split()) >= 4 and line.rstrip()[-1:] in ".?!"


def main(argv):
    if len(argv) != 2:
        print("usage: make.py VIETNEWS_TRAIN_JSONL_GZ", file=sys.stderr)
        return 2
    ps = pages(argv[1])
    nb = sum(len(p.body) for p in ps)
    kinds = Counter(k for p in ps for k, _ in p.furniture)
    nf = sum(kinds.values())
    print(f"pages {len(ps)}  body sentences {nb}  furniture lines {nf}")
    print("furniture per kind: " + ", ".join(f"{k} {kinds.get(k, 0)}" for k in KINDS))
    print("per layout (pages / body / " + " / ".join(KINDS) + "):")
    for lay in LAYOUTS:
        sub = [p for p in ps if p.layout == lay.name]
        kc = Counter(k for p in sub for k, _ in p.furniture)
        print(f"  {lay.name:22s} {len(sub):3d} {sum(len(p.body) for p in sub):4d} " + " ".join(f"{kc.get(k, 0):4d}" for k in KINDS))
    shaped = sum(_shaped(l) for p in ps for _, l in p.furniture)
    print(f"sentence-shaped furniture lines: {shaped}/{nf} = {shaped / max(nf, 1):.1%}")
    print("faults (pages): " + ", ".join(f"{f} {_LAST_FAULTS.get(f, 0)}" for f in FAULTS)
          + f"; pages with faults {_LAST_FAULTS.get('_pages', 0)}")
    return 0


def _has_fault(p):
    return ("\u00a0" in p.text or "\u200b" in p.text or "  " in p.text
            or p.text != unicodedata.normalize("NFC", p.text)
            or any(re.search(r"[.!?][A-ZÀ-ỸĐ]", s) for s in p.body))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
