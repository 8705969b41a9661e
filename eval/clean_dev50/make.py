"""test50 page maker: Vietnamese news pages organised by how the page makes money
and asks the reader for something (paywalls, sponsored content, affiliate boxes,
ad slots, newsletter/app prompts, donations, consent prompts, polls, contests,
events, classifieds, price tables).

Usage: python eval/clean_test50/make.py /path/to/vietnews_train.jsonl.gz

Standard library only. Deterministic: every draw comes from
random.Random(f"test50|{SEED}|{row}|{purpose}").
"""
from __future__ import annotations

import gzip
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from typing import NamedTuple

SEED = 5050
BODY_ROWS = range(9_900, 10_000)
RELATED_ROWS = range(9_800, 9_900)
LAST_ROW = max(BODY_ROWS[-1], RELATED_ROWS[-1])
KINDS = ("byline", "credit", "caption", "related", "widget")
RELATED_CHARS = 1_200
FAULT_RATE = 0.25
FAULTS = ("nbsp", "zwsp", "double_space", "nfd", "glued")
ZW = "\u200b"
NBSP = "\u00a0"


class Page(NamedTuple):
    text: str
    body: list
    furniture: list
    layout: str


def R(row, purpose):
    return random.Random(f"test50|{SEED}|{row}|{purpose}")


# ---------------------------------------------------------------- reading
def read_rows(train_path):
    """Read the gz file once, streaming; stop right after LAST_ROW.

    Returns ({row: (title, article)} for usable body rows, same for related rows).
    """
    body, related = {}, {}
    with gzip.open(train_path, "rb") as f:
        for i, raw in enumerate(f):
            if i in BODY_ROWS or i in RELATED_ROWS:
                rec = _parse(raw)
                if rec is not None:
                    (body if i in BODY_ROWS else related)[i] = rec
            if i >= LAST_ROW:
                break
    return body, related


def _parse(raw):
    if not raw.strip():
        return None
    try:
        obj = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(obj, dict):
        return None
    t, a = obj.get("title"), obj.get("article")
    if not isinstance(t, str) or not isinstance(a, str):
        return None
    t, a = " ".join(t.split()), " ".join(a.split())
    if not t or not a:
        return None
    return t, a


# ---------------------------------------------------------------- sentences
ABBR = {
    "tp.", "ts.", "pgs.", "gs.", "ths.", "th.s.", "bs.", "ks.", "ls.", "nxb.", "tt.",
    "mr.", "mrs.", "ms.", "dr.", "st.", "jr.", "sr.", "co.", "inc.", "ltd.", "no.",
    "vs.", "q.", "p.", "tx.", "h.", "ngh.", "cty.", "gđ.", "pgđ.", "ubnd.", "e.g.", "v.v.",
}
END_CH = ".!?…"


def _is_abbr(core):
    low = core.lower()
    if low in ABBR:
        return True
    if len(core) == 2 and core[0].isalpha() and core[0].isupper():
        return True  # single capital initial "J."
    if re.fullmatch(r"(?:[A-Za-z]\.){2,}", core):
        return True  # U.S.
    return False


def _starts(tok):
    ch = tok[0]
    return ch.isupper() or ch.isdigit() or ch in "\"“'‘("


def split_sentences(text, quotes=True):
    toks = text.split()
    out, cur, inq = [], [], False
    for j, t in enumerate(toks):
        cur.append(t)
        if quotes:
            for ch in t:
                if ch == '"':
                    inq = not inq
                elif ch == "“":
                    inq = True
                elif ch == "”":
                    inq = False
        if j + 1 >= len(toks) or inq:
            continue
        nxt = toks[j + 1]
        end = False
        if t in ('"', "”") and len(cur) >= 2 and cur[-2][-1] in END_CH:
            end = True
        else:
            core = t.rstrip("\"”’')")
            if core and core[-1] in END_CH and not _is_abbr(core):
                end = True
        if end and _starts(nxt):
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    if quotes:  # unbalanced quotes: re-split overlong pieces ignoring quotes
        fixed = []
        for s in out:
            fixed.extend(split_sentences(s, quotes=False) if len(s) > 700 else [s])
        out = fixed
    return out


def _terminated(s):
    s = s.rstrip("\"”’') ")
    return bool(s) and s[-1] in END_CH


NAME_TOK = re.compile(r"^[A-ZÀ-ỸĐ][a-zà-ỹđ]*$")
BYLINE_RE = re.compile(r"^([A-ZÀ-ỸĐ][^()]{1,30}?) \((Theo [^()]{2,60})\)$")
FUSED_HEAD = re.compile(r"(?<=[a-zà-ỹđ]) (?:Hôm|Ngày|Theo|Trong|Khi|Sau|Tuy|Các|Những|Một|Hiện|Đây|Nhiều|Với|Tại) (?=[a-zà-ỹđ0-9])"
                        r"|(?<=[a-zà-ỹđ]) (?:Ông|Bà) (?=[A-ZÀ-ỸĐ][a-zà-ỹđ]+ )")
DATE_END = re.compile(r"(?:hôm|ngày|tháng|năm) \d{1,4}(?:/\d{1,4})*\.$")


def _words(s):
    return len(s.split())


def _looks_name(s):
    toks = s.split()
    return 1 <= len(toks) <= 4 and all(NAME_TOK.match(t) for t in toks)


def _fused_lead(s):
    toks = s.split()
    grams = [tuple(toks[i:i + 3]) for i in range(len(toks) - 2)]
    if len(grams) != len(set(grams)):
        return True
    for i in range(1, len(toks) - 1):
        if toks[i] == '"' and toks[i - 1][-1].isalnum() and toks[i + 1][0].isupper():
            return True
    return False


def _title_fused(s, title):
    tt = title.split()
    if len(tt) < 5:
        return False
    return " ".join(s.split()[:5]) == " ".join(tt[:5]) and len(s.split()) > len(tt) + 3


def analyse(article, title=""):
    """Split a VietNews article into roles.

    Returns dict with body (list of sentences), captions, byline, source, related.
    """
    sents = split_sentences(article)
    body, captions, related, bylines, credits = [], [], [], [], []
    n = len(sents)
    for i, s in enumerate(sents):
        w = _words(s)
        low = s.lower()
        last = i == n - 1
        if last and not _terminated(s):
            m = BYLINE_RE.match(s)
            if m and _looks_name(m.group(1)):
                bylines.append(m.group(1))
                credits.append(m.group(2))
            elif _looks_name(s):
                bylines.append(s)
            continue  # unterminated tail (video caption / fused author): dropped
        if low.startswith("xem thêm"):
            related.append(s)
            continue
        if "ảnh:" in low or "(ảnh" in low or "đồ hoạ:" in low or "click vào" in low or low.startswith(("ảnh ", "video", "clip", "nguồn:")):
            continue
        if low.startswith("theo ") and w <= 6:
            credits.append(s.rstrip("."))
            continue
        if w < 6:
            continue
        side = re.search(r"\((?:trái|phải|giữa)\)|, (?:trái|phải|giữa),", s) and '"' not in s
        if i == 0 and '"' not in s and (w <= 20 or (side and w <= 40)):
            captions.append(s)  # VietNews opens with the lead photo's caption
            continue
        if i == 0 and (_fused_lead(s) or _title_fused(s, title)):
            continue  # caption fused into the first sentence without a full stop
        if low.startswith(("vị trí", "bản đồ", "đồ hoạ")) and w <= 14:
            captions.append(s)  # map / graphic caption
            continue
        if side and w <= 25:
            continue  # mid-story photo caption: left off
        if '"' not in s and "," not in s and w <= 16 and DATE_END.search(s):
            continue  # "X at Y on 12/8." style caption: left off
        if not _terminated(s) or FUSED_HEAD.search(s):
            continue  # subheading fused into the sentence: left off
        body.append(s)
    if not body:  # fallback: keep any sentence with some length
        body = [s for s in sents if _words(s) >= 3 and _terminated(s)] or [article]
        captions = [c for c in captions if c not in body]
    return {"body": body, "captions": captions, "related": related,
            "bylines": bylines, "credits": credits}


def related_pool(related_rows):
    pool = []
    for row in sorted(related_rows):
        title, article = related_rows[row]
        cut = article[:RELATED_CHARS]
        sents = split_sentences(cut)
        if len(article) > RELATED_CHARS and sents:
            complete = _terminated(cut) and article[RELATED_CHARS:RELATED_CHARS + 1] in (" ", "")
            if not complete:
                sents = sents[:-1]
        sents = [s for s in sents if _terminated(s) and "ảnh:" not in s.lower()
                 and not s.lower().startswith("xem thêm")]
        short = [s for s in sents if 5 <= _words(s) <= 20 and '"' not in s]
        long_ = [s for s in sents if _words(s) > 20]
        lead = sents[0] if sents and sents[0] == split_sentences(cut)[0] else None
        cap = lead if lead and 4 <= _words(lead) <= 20 and '"' not in lead else None
        pool.append({"row": row, "title": title, "short": short, "long": long_, "cap": cap})
    return pool


# ---------------------------------------------------------------- normalisation / contract
def norm(s):
    s = unicodedata.normalize("NFC", s).replace(ZW, "").replace("\u200c", "").replace("\u200d", "").replace("\ufeff", "")
    return "".join(s.split()).casefold()


def check_page(p):
    assert isinstance(p, Page) and p.layout in LAYOUTS, "bad page/layout"
    assert p.text and "\r" not in p.text, "empty text"
    lines = p.text.split("\n")
    for ln in lines:
        assert ln and ln.strip() and ln == ln.strip(), f"bad line {ln!r}"
    assert p.body, "empty body"
    for b in p.body:
        assert isinstance(b, str) and b and "\n" not in b and b == b.strip(), f"bad body {b!r}"
        assert b in p.text, f"body not in text {b!r}"
    for k, ln in p.furniture:
        assert k in KINDS, f"bad kind {k}"
    bi = fi = unl = 0
    for ln in lines:
        matched = False
        for n in (1, 2, 3, 4):
            if bi + n <= len(p.body) and ln == " ".join(p.body[bi:bi + n]):
                bi += n
                matched = True
                break
        if matched:
            continue
        if fi < len(p.furniture) and p.furniture[fi][1] == ln:
            fi += 1
            continue
        unl += 1
    assert bi == len(p.body), "body not matched in order"
    assert fi == len(p.furniture), "furniture not matched in order"
    assert unl <= 3, f"{unl} unlabelled lines"
    assert len(lines) == unl + len(p.furniture) + _nbodylines(p), "line count mismatch"
    bnorm = {norm(b) for b in p.body}
    for k, ln in p.furniture:
        assert norm(ln) not in bnorm, f"furniture equals body: {ln!r}"
    return True


def _nbodylines(p):
    lines = p.text.split("\n")
    bi = cnt = 0
    for ln in lines:
        for n in (1, 2, 3, 4):
            if bi + n <= len(p.body) and ln == " ".join(p.body[bi:bi + n]):
                bi += n
                cnt += 1
                break
    return cnt


# ---------------------------------------------------------------- furniture material (all invented)
SITES = ["Tin Nhanh Phương Nam", "Báo điện tử Nhịp Sống Mới", "THỜI ĐIỂM Online", "Người Quan Sát",
         "Bản Tin Mekong 24h", "Sóng Việt News", "Hải Đăng Media", "Điểm Tin Hà Thành",
         "báo Hướng Dương", "VietPulse", "Tạp chí Ngã Tư", "Đồng Hành Daily", "TIN SÁNG VIỆT",
         "Chân Trời Số", "Phố Thị Online", "Báo Mạch Nguồn"]
DOMAINS = ["tinnhanhphuongnam.vn", "nhipsongmoi.com.vn", "thoidiem.net", "nguoiquansat.vn",
           "bantinmekong.vn", "songviet.news", "haidangmedia.vn", "diemtinhathanh.vn",
           "huongduong.com.vn", "vietpulse.vn", "ngatu.vn", "donghanhdaily.vn", "tinsangviet.vn",
           "chantroiso.vn", "phothi.vn", "machnguon.vn"]
SECTIONS = ["Thế giới", "Quốc tế", "Thời sự", "Phân tích", "Quân sự", "Châu Á", "Hồ sơ",
            "Kinh tế", "Đời sống", "Chuyện lạ", "Tư liệu", "Người Việt năm châu"]
MENUS = [
    "Trang chủ | Thời sự | Thế giới | Kinh doanh | Giải trí | Thể thao | Pháp luật",
    "TRANG CHỦ   THẾ GIỚI   KINH TẾ   ĐỜI SỐNG   VIDEO   PODCAST",
    "☰ Chuyên mục",
    "Mới nhất • Đọc nhiều • Premium • Tiện ích • Rao vặt",
    "Home / Tin tức / Thị trường / Công nghệ / Xe / Du lịch",
    "Thời sự - Thế giới - Góc nhìn - Số hoá - Sức khoẻ - Ý kiến",
]
LOGIN = ["Đăng nhập / Đăng ký", "Đăng nhập", "ĐĂNG KÝ GÓI PREMIUM", "👤 Tài khoản", "Login | Sign up",
         "Đăng nhập để lưu bài"]
SEARCH = ["Tìm kiếm...", "🔍 Tìm kiếm", "Nhập từ khoá tìm kiếm", "Search"]
FIRST = ["Minh", "Thu", "Hoàng", "Lan", "Quốc", "Bảo", "Khánh", "Ngọc", "Đức", "Thanh", "Hải", "Phương",
         "Trâm", "Gia", "Tùng", "Yến", "Duy", "Mai", "Kiều", "Vĩnh"]
LAST = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Tạ"]
PHOTOGS = ["Lê Khánh Vy", "Hoàng Trâm", "Đỗ Quang Vinh", "Tạ Minh Phúc", "Ngô Bảo Hân"]
AGENCIES = ["Mekong Press", "Đông Phong Images", "Sao Mai Photo", "Tư liệu", "NVCC", "Internet"]
SHARE = ["Chia sẻ Facebook Zalo Twitter", "Share | Tweet | Email", "f   t   in   ✉", "Chia sẻ:",
         "CHIA SẺ BÀI VIẾT", "Lưu bài viết ☆", "Sao chép liên kết 🔗", "👍 Thích 214 · Chia sẻ",
         "In bài | Gửi email | Cỡ chữ A- A+"]
COMMENT_HEAD = ["Bình luận ({n})", "Ý KIẾN BẠN ĐỌC ({n})", "{n} bình luận", "Comments ({n})",
                "Gửi ý kiến của bạn", "Ý kiến ({n}) ▾"]
COMMENTS = ["Bài viết rất hữu ích, cảm ơn tác giả.", "Mong báo cập nhật thêm diễn biến tiếp theo.",
            "Đọc xong mới hiểu rõ hơn câu chuyện.", "Thông tin này cần kiểm chứng thêm các bác ạ.",
            "Tin hay nhưng quảng cáo nhiều quá, khó đọc.", "Tôi đã đăng ký gói năm, đáng tiền.",
            "Ủng hộ toà soạn, mong giữ vững chất lượng.", "Sao bài nào cũng phải đăng nhập mới đọc được vậy?",
            "Quan điểm khá cân bằng, cảm ơn.", "Chờ phần hai của loạt bài."]
COMMENT_META = ["Trả lời · Thích {n}", "{n} giờ trước", "Thích ({n}) | Trả lời", "♥ {n}", "{n} phút trước · Báo xấu"]
COMMENT_INPUT = ["Viết bình luận của bạn...", "Đăng nhập để bình luận", "Gửi bình luận",
                 "Bình luận của bạn sẽ được kiểm duyệt trước khi đăng.", "Xem thêm bình luận ▾"]
RELATED_HEAD = ["Tin liên quan", "TIN LIÊN QUAN", "Bài liên quan:", "Đọc thêm", "Có thể bạn quan tâm",
                "XEM THÊM", "Cùng chuyên mục", "» Tin cùng chủ đề", "Đọc nhiều nhất", "Mới cập nhật"]
FOOTER = [
    "© {y} {site}. Bảo lưu mọi quyền.", "Bản quyền © {site} {y}", "Giấy phép số {n}/GP-BTTTT cấp ngày 12/4/2016",
    "Tổng biên tập: {person}", "Liên hệ quảng cáo: 0{p1} {p2} {p3}", "Điều khoản sử dụng | Chính sách bảo mật | Liên hệ",
    "Toà soạn: Số {n} đường Hoa Sữa, quận Tân Bình", "Về đầu trang ↑", "Chỉ được phát hành lại thông tin khi có sự đồng ý bằng văn bản.",
    "Hotline: 1900 {p2}", "Email: toasoan@{dom}",
]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]

# theme material
PAYWALL = [
    ["🔒 Bài viết dành cho hội viên", "Đăng ký gói Premium chỉ 39.000đ/tháng để đọc tiếp toàn bộ nội dung",
     "ĐĂNG KÝ NGAY", "Đã có tài khoản? Đăng nhập"],
    ["Nội dung này chỉ dành cho thành viên trả phí.", "Gói tháng: 49.000 đ • Gói năm: 490.000 đ (tiết kiệm 17%)",
     "Dùng thử 7 ngày miễn phí »", "Đăng nhập"],
    ["BẠN ĐANG ĐỌC BẢN XEM TRƯỚC", "Mở khoá bài viết với {site} Plus", "Chỉ 1.300 đồng mỗi ngày – huỷ bất cứ lúc nào",
     "Tiếp tục đọc →", "Hoặc đăng nhập bằng Google / Facebook / Apple"],
    ["Đọc tiếp với tài khoản Premium", "✓ Không quảng cáo  ✓ Đọc không giới hạn  ✓ Bản PDF báo in",
     "Chọn gói: 1 tháng 59k | 6 tháng 299k | 12 tháng 499k", "Mua gói"],
    ["Subscribe to continue reading", "Đăng ký để đọc tiếp", "Thanh toán qua thẻ, ví điện tử hoặc chuyển khoản",
     "Bạn cần hỗ trợ? Gọi 1900 6868"],
]
METER = ["Bạn còn {a}/{b} bài viết miễn phí trong tháng này", "Bạn đã đọc {c} trên {b} bài miễn phí.",
         "BÀI MIỄN PHÍ: {c}/{b} — Đăng ký để đọc không giới hạn", "📰 Còn {a} bài đọc miễn phí",
         "Bạn đã dùng hết lượt đọc miễn phí tháng {m}"]
BADGES = ["★ Hội viên", "PREMIUM", "🔒 Chỉ dành cho thành viên", "[Bài độc quyền]", "Member only", "⭐ Plus"]
LOGIN_WALL = ["Đăng nhập để đọc toàn bộ bài viết", "Đăng nhập miễn phí để tiếp tục đọc",
              "Tạo tài khoản trong 30 giây – hoàn toàn miễn phí", "Tiếp tục với Google", "Tiếp tục với Facebook",
              "Tiếp tục bằng số điện thoại", "Bạn chưa có tài khoản? Đăng ký"]
SPONSOR_LABEL = ["Nội dung tài trợ", "NỘI DUNG TÀI TRỢ", "PR", "[PR]", "Tài trợ bởi {brand}", "Sponsored",
                 "Thông tin doanh nghiệp", "Bài viết quảng bá", "Partner content", "QC"]
SPONSOR_DISCLOSURE = ["Bài viết do đối tác {brand} cung cấp.", "Nội dung do {brand} tài trợ và cung cấp.",
                      "Bài viết do đối tác cung cấp", "(Thông tin do doanh nghiệp cung cấp)",
                      "Tòa soạn không chịu trách nhiệm về nội dung bài viết do đối tác cung cấp.",
                      "* Bài viết có yếu tố quảng cáo"]
BRANDS = ["Ngân hàng Phương Đông Số", "Tập đoàn Sao Kim", "Bảo hiểm An Tâm Life", "Hãng bay Cánh Én",
          "Điện máy Ánh Dương", "Sữa Đồng Xanh", "Ví điện tử MoMoney Plus", "Bất động sản Lạc Hồng Land"]
PRODUCTS = [("Tai nghe chống ồn Sonix A7", "1.290.000đ", "25%"), ("Máy lọc không khí AirBee 300", "3.490.000đ", "18%"),
            ("Nồi chiên không dầu KitchO 6L", "1.150.000 đ", "32%"), ("Sạc dự phòng PinMax 20.000mAh", "459.000đ", "40%"),
            ("Đồng hồ thông minh Nova Fit 3", "2.190.000đ", "15%"), ("Bàn chải điện Dentro S2", "690.000 đ", "22%"),
            ("Loa bluetooth Boomi Mini", "799.000đ", "35%"), ("Vali kéo Travelo 24 inch", "1.590.000đ", "45%")]
STORES = ["ChợSàn", "MuaLẹ", "Nhà Sách Số", "Siêu thị Lá Xanh", "TiệmNhanh"]
CODES = ["TIN50K", "DOCBAO10", "SALE2019", "GIAM15", "FREESHIP", "HOIVIEN20"]
BUY = ["Mua ngay", "MUA NGAY »", "Mua ngay →", "Xem giá tốt nhất", "🛒 Thêm vào giỏ", "Xem chi tiết sản phẩm"]
AD_LABELS = ["Quảng cáo", "QUẢNG CÁO", "Advertisement", "- Advertisement -", "ADVERTISEMENT", "Ad",
             "Tắt quảng cáo ✕", "Ẩn quảng cáo này", "Lý do tôi thấy quảng cáo này?", "Quảng cáo bởi AdNet Việt",
             "Nội dung quảng cáo", "Continue reading below", "Đọc tiếp bên dưới ↓", "Xem không quảng cáo với gói Plus"]
NATIVE_ADS = ["Vay tiêu dùng lãi suất 0% – duyệt hồ sơ trong 15 phút", "Căn hộ ven sông chỉ từ 1,8 tỷ, nhận nhà ngay",
              "Khoá học tiếng Anh online giảm 50% cho 100 học viên đầu tiên", "Mẹo giảm 5kg trong 2 tuần bác sĩ không muốn bạn biết",
              "Mở thẻ tín dụng online, hoàn tiền 10% mọi giao dịch", "Tour Đà Lạt 3 ngày 2 đêm chỉ 2.490.000đ"]
NEWSLETTER = [["Đăng ký nhận bản tin", "Nhận tin nổi bật mỗi sáng qua email", "Nhập email của bạn", "Đăng ký"],
              ["📩 BẢN TIN SÁNG NAY CÓ GÌ", "Gửi vào hộp thư lúc 6h mỗi ngày. Miễn phí.", "email@example.com", "ĐĂNG KÝ"],
              ["Newsletter", "Đừng bỏ lỡ tin quan trọng – đăng ký nhận bản tin tuần", "Tôi đồng ý với điều khoản", "Gửi"]]
APP = ["Tải ứng dụng {site} để đọc nhanh hơn", "📱 Đọc trên app: App Store | Google Play", "Mở trong ứng dụng",
       "Tải app, nhận ngay 30 ngày Premium", "TẢI ỨNG DỤNG", "Quét mã QR để tải app", "Ứng dụng {site} – miễn phí"]
DONATE = [["Ủng hộ {site}", "Báo chí độc lập cần sự đồng hành của bạn.", "50.000đ | 100.000đ | 200.000đ | Số khác", "ỦNG HỘ NGAY"],
          ["❤ Hãy cùng chúng tôi giữ tin tức miễn phí cho mọi người", "Mỗi đóng góp dù nhỏ đều có ý nghĩa",
           "STK 0031 0045 6789 – Ngân hàng Phương Đông Số – CT CP Truyền thông {site}", "Quét mã QR để ủng hộ"],
          ["Support our journalism", "Đóng góp một lần | Hằng tháng", "Cảm ơn 12.480 bạn đọc đã ủng hộ trong năm nay",
           "Tặng tác giả 1 ly cà phê ☕"]]
COOKIE = [["Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn.", "Chấp nhận tất cả | Tuỳ chỉnh | Từ chối"],
          ["This site uses cookies. By continuing you agree to our Cookie Policy.", "Accept", "Cài đặt cookie"],
          ["🍪 Website dùng cookie và công nghệ tương tự cho mục đích quảng cáo.", "ĐỒNG Ý", "Tìm hiểu thêm"]]
PUSH = [["Bật thông báo để nhận tin nóng?", "Không, cảm ơn", "Cho phép"],
        ["🔔 {site} muốn gửi thông báo cho bạn", "Chặn | Cho phép"],
        ["Nhận thông báo tin mới nhất", "Để sau", "ĐỒNG Ý"]]
POLLS = [("Bạn quan tâm đến chủ đề này ở mức nào?", ["Rất quan tâm", "Bình thường", "Không quan tâm"]),
         ("Bạn có tin thông tin này sẽ được xác nhận?", ["Có", "Không", "Chưa rõ"]),
         ("Bạn đọc tin tức chủ yếu qua kênh nào?", ["Báo điện tử", "Mạng xã hội", "Truyền hình", "Báo in"]),
         ("Bạn có sẵn sàng trả phí để đọc báo?", ["Sẵn sàng", "Tuỳ nội dung", "Không bao giờ"])]
QUIZ = [("Thủ đô của Australia là thành phố nào?", ["Sydney", "Canberra", "Melbourne"]),
        ("Liên Hợp Quốc được thành lập năm nào?", ["1945", "1950", "1939"]),
        ("Sông nào dài nhất châu Á?", ["Mekong", "Hoàng Hà", "Trường Giang"]),
        ("Quốc gia nào có diện tích lớn nhất thế giới?", ["Canada", "Nga", "Trung Quốc"]),
        ("Đồng tiền chung châu Âu có tên là gì?", ["Euro", "Bảng", "Franc"])]
CONTEST = [["🎁 MINIGAME: Đoán đúng – nhận quà", "Tặng 10 voucher 500.000đ cho bạn đọc trả lời đúng",
            "Cách tham gia: Like, share bài viết và tag 3 người bạn", "Hạn chót: 23h59 ngày {d}/{m}", "Thể lệ chi tiết »"],
           ["Cuộc thi ảnh \"Khoảnh khắc quanh ta\"", "Giải nhất 20 triệu đồng • 5 giải khuyến khích",
            "Gửi bài dự thi", "Đã có 1.284 tác phẩm dự thi"],
           ["GIVEAWAY", "Bốc thăm trúng 3 điện thoại Nova X", "Nhập số điện thoại để nhận mã dự thưởng",
            "Chương trình đã được Bộ Công Thương chấp thuận"]]
EVENTS = [["Hội thảo trực tuyến: Đầu tư an toàn mùa biến động", "14:00 – 16:00, {wd} {d}/{m}",
           "Diễn giả: TS. {p1} và ThS. {p2}", "Vé sớm 299.000đ | Vé VIP 990.000đ", "Đăng ký tham dự"],
          ["WEBINAR MIỄN PHÍ", "Chuyển đổi số cho doanh nghiệp vừa và nhỏ", "Số chỗ có hạn – còn 47 chỗ", "Giữ chỗ ngay →"],
          ["Sự kiện", "Diễn đàn Kinh tế Mekong {y}", "Đặt vé: 1900 2525 hoặc tại ticket.{dom}", "Mua vé"]]
CLASSIFIED = ["Bán nhà mặt phố Q.3, 85m², giá 12,5 tỷ – LH 0903 218 447", "Cho thuê căn hộ 2PN view sông, 9 triệu/tháng",
              "Cần sang nhượng quán cà phê Tân Bình, khách ổn định", "Bán xe Vios 2017 chính chủ, 38.000 km",
              "Nhận dạy kèm Toán – Lý lớp 9 tại nhà", "Thanh lý bàn ghế văn phòng giá rẻ"]
JOBS = ["Tuyển nhân viên kinh doanh – lương 12-20 triệu", "Kế toán tổng hợp | Hà Nội | Hạn nộp 15/7",
        "Biên tập viên mảng quốc tế (toàn thời gian)", "Lập trình viên Python – remote – thoả thuận",
        "Tài xế giao hàng – thu nhập 15 triệu/tháng", "Phiên dịch tiếng Hàn – KCN Bắc Ninh"]
CLASS_HEAD = ["RAO VẶT", "Rao vặt", "Tin rao mới", "VIỆC LÀM", "Việc làm hot", "Tuyển dụng »", "Đăng tin miễn phí"]


# ---------------------------------------------------------------- page builder
class Ctx:
    def __init__(self, row, title, info, pool):
        self.row, self.title, self.info = row, title, info
        self.r = R(row, "layout")
        self.e = []  # (kind, payload)
        self.site_i = R(row, "site").randrange(len(SITES))
        self.site, self.dom = SITES[self.site_i], DOMAINS[self.site_i]
        rr = R(row, "related")
        self.rel = rr.sample(pool, min(len(pool), 8)) if pool else []
        self.rel_i = 0
        self.cap_i = 0
        self.year = R(row, "date").choice([2016, 2017, 2018, 2019])
        self.paras = []
        self.faults = set()
        self.person = self.name()

    # helpers
    def ch(self, seq):
        return self.r.choice(seq)

    def name(self):
        return f"{self.ch(LAST)} {self.ch(FIRST)} {self.ch(FIRST)}" if self.r.random() < 0.5 else f"{self.ch(FIRST)} {self.ch(FIRST)}"

    def fill(self, s):
        return s.format(site=self.site, dom=self.dom, y=self.year, n=self.r.randint(2, 480), person=self.person,
                        p1=self.r.randint(903, 989), p2=self.r.randint(100, 999), p3=self.r.randint(100, 999),
                        a=self.r.randint(1, 3), b=5, c=self.r.randint(3, 5), m=self.r.randint(1, 12),
                        d=self.r.randint(1, 28), wd=self.ch(WEEKDAYS), brand=self.brand)

    brand = ""

    def add(self, kind, line):
        line = " ".join(str(line).split())
        if line:
            self.e.append((kind, line))

    def w(self, *lines):
        for ln in lines:
            self.add("widget", self.fill(ln))

    def vary(self, s):
        x = self.r.random()
        if x < 0.18:
            return s.upper()
        if x < 0.3:
            return "» " + s
        if x < 0.4:
            return s + ":"
        if x < 0.48:
            return "▶ " + s
        if x < 0.55:
            return s.lower()
        return s

    # standard blocks
    def date_line(self):
        r = self.r
        d, m, hh, mm = r.randint(1, 28), r.randint(1, 12), r.randint(5, 22), r.randint(0, 59)
        wd = r.choice(WEEKDAYS)
        forms = [f"{wd}, {d}/{m}/{self.year} {hh:02d}:{mm:02d} (GMT+7)", f"{d:02d}-{m:02d}-{self.year} - {hh:02d}:{mm:02d}",
                 f"Cập nhật lúc {hh:02d}:{mm:02d} ngày {d:02d}/{m:02d}/{self.year}", f"{hh:02d}:{mm:02d} | {d:02d}/{m:02d}/{self.year}",
                 f"{wd.upper()}, {d} THÁNG {m}, {self.year}", f"{d}/{m}/{self.year}, {hh}:{mm:02d}"]
        return r.choice(forms)

    def header(self, crumbs=True, login=True):
        r = self.r
        order = r.randrange(3)
        if order == 0:
            self.e.append(("site", self.site))
            self.w(self.ch(MENUS))
        else:
            self.w(self.ch(MENUS))
            if login:
                self.w(self.ch(LOGIN))
            self.e.append(("site", self.site if r.random() < 0.6 else self.site.upper()))
        if r.random() < 0.4:
            self.w(self.ch(SEARCH))
        if crumbs:
            sec = self.ch(SECTIONS)
            sub = r.choice([x for x in SECTIONS if x != sec])
            self.w(r.choice([f"Trang chủ > {sec}", f"{sec} / {sub}", f"Home » {sec}",
                             f"{sec.upper()} › {sub.upper()}", f"{sec}", f"Trang chủ » {sec} » {sub}"]))

    def title_date(self, byline_top=None):
        r = self.r
        self.e.append(("title", self.title))
        if byline_top is None:
            byline_top = r.random() < 0.4
        if r.random() < 0.5:
            self.e.append(("date", self.date_line()))
            if byline_top:
                self.byline()
        else:
            if byline_top:
                self.byline()
            self.e.append(("date", self.date_line()))

    def byline(self, end=False):
        r = self.r
        info = self.info
        nm = info["bylines"][0] if info["bylines"] else self.person
        src = info["credits"][0] if info["credits"] else None
        style = r.randrange(7)
        if style == 0:
            self.add("byline", nm)
        elif style == 1:
            self.add("byline", nm.upper())
        elif style == 2:
            self.add("byline", f"Bởi {nm}")
        elif style == 3:
            self.add("byline", f"Tác giả: {nm}")
        elif style == 4:
            self.add("byline", f"{nm} - Phóng viên")
        elif style == 5 and src:
            self.add("byline", f"{nm} ({src})")
            return
        else:
            self.add("byline", f"{nm} | {self.site}")
        if src and end:
            self.add("credit", r.choice([src, f"({src})", src.replace("Theo", "Nguồn:"), src.upper()]))

    def caption(self):
        r = self.r
        caps = self.info["captions"]
        if self.cap_i < len(caps):
            cap = caps[self.cap_i]
            self.cap_i += 1
        else:
            cand = [g["cap"] for g in self.rel if g["cap"]] or [s for g in self.rel for s in g["short"]]
            if not cand:
                return
            cap = r.choice(cand)
        who = r.choice(PHOTOGS + AGENCIES)
        style = r.randrange(5)
        if style == 0:
            self.add("caption", cap)
        elif style == 1:
            self.add("caption", f"{cap} Ảnh: {who}")
        elif style == 2:
            self.add("caption", f"{cap.rstrip('.')} (Ảnh: {who})")
        elif style == 3:
            self.add("caption", cap)
            self.add("credit", r.choice([f"Ảnh: {who}", f"ẢNH: {who.upper()}", f"Ảnh - {who}", f"📷 {who}"]))
        else:
            self.add("credit", f"Ảnh: {who}")
            self.add("caption", cap)

    def next_rel(self):
        if not self.rel:
            return None
        g = self.rel[self.rel_i % len(self.rel)]
        self.rel_i += 1
        return g

    def related(self, n=3, teaser=None, head=True):
        r = self.r
        if head:
            self.w(self.vary(self.ch(RELATED_HEAD)))
        if teaser is None:
            teaser = r.random() < 0.4
        for _ in range(n):
            g = self.next_rel()
            if g is None:
                return
            st = r.randrange(5)
            t = g["title"]
            self.add("related", [t, f"» {t}", f"- {t} ({r.randint(1, 28)}/{r.randint(1, 12)})", f"{t} (Video)", f"Xem thêm: {t}"][st])
            if teaser and g["long"]:
                self.add("related", r.choice(g["long"]))

    def own_related(self):
        for s in self.info["related"]:
            self.add("related", s)

    def share(self):
        self.w(self.ch(SHARE))
        if self.r.random() < 0.3:
            self.w(self.ch(SHARE))

    def tags(self):
        r = self.r
        runs, cur = [], []
        for j, w in enumerate(self.title.split()):
            w2 = w.strip(",.:'\"")
            if j > 0 and w2[:1].isupper() and w2 == w:
                cur.append(w2)
            else:
                if cur:
                    runs.append(" ".join(cur))
                cur = []
        if cur:
            runs.append(" ".join(cur))
        tags = list(dict.fromkeys(runs))[:3] or [self.ch(SECTIONS)]
        tags.append(self.ch(SECTIONS))
        style = r.randrange(4)
        if style == 0:
            self.add("widget", "Tags: " + ", ".join(tags))
        elif style == 1:
            self.add("widget", "Từ khoá: " + " ".join("#" + t.replace(" ", "") for t in tags))
        elif style == 2:
            self.add("widget", "TAG")
            for t in tags:
                self.add("widget", t)
        else:
            self.add("widget", "Chủ đề: " + " | ".join(tags))

    def comments(self, k=None):
        r = self.r
        k = r.randint(1, 3) if k is None else k
        self.w(self.ch(COMMENT_HEAD))
        for c in r.sample(COMMENTS, k):
            nm = self.name()
            if r.random() < 0.5:
                self.w(f"{nm}: {c}")
            else:
                self.w(nm)
                self.w(c)
            self.w(self.ch(COMMENT_META))
        self.w(self.ch(COMMENT_INPUT))

    def footer(self, n=None):
        n = self.r.randint(2, 4) if n is None else n
        for ln in self.r.sample(FOOTER, n):
            self.w(ln)

    def body(self, i):
        self.e.append(("body", self.paras[i]))

    def bodies(self, a, b=None):
        for i in range(a, len(self.paras) if b is None else min(b, len(self.paras))):
            self.body(i)

    # theme blocks
    def ad(self, native=False):
        r = self.r
        self.w(self.ch(AD_LABELS))
        if native or r.random() < 0.3:
            self.w(self.ch(NATIVE_ADS))
            if r.random() < 0.5:
                self.w(r.choice(["Tìm hiểu thêm", "Xem ngay", "Đăng ký", "Learn more"]))
        if r.random() < 0.3:
            self.w(self.ch(["Tắt quảng cáo ✕", "Ẩn quảng cáo", "Báo cáo quảng cáo này"]))

    def product(self, full=True):
        r = self.r
        nm, price, off = self.ch(PRODUCTS)
        self.w(r.choice([nm, nm.upper(), f"🛍 {nm}", f"{nm} – chính hãng"]))
        self.w(r.choice([f"Giá: {price}", f"{price} (-{off})", f"Chỉ còn {price} • giảm {off}", f"{price}"]))
        if full:
            if r.random() < 0.6:
                self.w(r.choice([f"Mã giảm giá: {self.ch(CODES)}", f"Nhập mã {self.ch(CODES)} giảm thêm 10%",
                                 f"CODE: {self.ch(CODES)}"]))
            if r.random() < 0.5:
                self.w(r.choice(["★★★★☆ 4,6 (2.318 đánh giá)", "Đã bán 3,2k", "⭐ 4.8/5", "Freeship toàn quốc"]))
        self.w(r.choice([self.ch(BUY), f"{self.ch(BUY)} tại {self.ch(STORES)}", f"Xem giá tại {self.ch(STORES)}"]))

    def poll(self):
        r = self.r
        q, opts = self.ch(POLLS)
        self.w(r.choice(["BÌNH CHỌN", "Thăm dò ý kiến", "📊 Bình chọn", "Poll"]))
        self.w(q)
        votes = [r.randint(40, 3000) for _ in opts]
        tot = sum(votes)
        style = r.randrange(3)
        for o, v in zip(opts, votes):
            pct = round(100 * v / tot)
            self.w([f"{o} {pct}% ({v:,} phiếu)".replace(",", "."), f"○ {o}", f"{o} — {v} lượt"][style])
        self.w(r.choice([f"Tổng số: {tot:,} lượt bình chọn".replace(",", "."), "Bình chọn | Xem kết quả",
                         "BÌNH CHỌN", f"{tot} người đã tham gia"]))

    def quiz(self, k=2):
        r = self.r
        self.w(r.choice(["Trắc nghiệm: Bạn hiểu bao nhiêu về tin thế giới tuần qua?", "QUIZ", "Đố vui cuối tuần",
                         "Thử tài kiến thức"]))
        items = r.sample(QUIZ, k)
        for j, (q, opts) in enumerate(items, 1):
            self.w(r.choice([f"Câu {j}/{k}: {q}", f"{j}. {q}", q]))
            for L, o in zip("ABC", opts):
                self.w(r.choice([f"{L}. {o}", f"{L}) {o}", f"○ {o}"]))
        self.w(r.choice([f"Điểm của bạn: {r.randint(0, k)}/{k}", "Xem đáp án", "Nộp bài", "Chia sẻ kết quả"]))

    def block(self, groups):
        for ln in self.ch(groups):
            self.w(ln)

    def price_table(self):
        r = self.r
        kind = r.randrange(3)
        if kind == 0:
            self.w(r.choice(["Giá vàng hôm nay", "GIÁ VÀNG", "Bảng giá vàng (nghìn đồng/lượng)"]))
            self.w(r.choice(["Loại | Mua vào | Bán ra", "Loại vàng  Mua  Bán"]))
            base = r.randint(3500, 4200) / 100
            for nm in ["SJC 1L - 10L", "Nhẫn tròn 9999", "Nữ trang 24K"]:
                b = base - r.randint(0, 120) / 100
                self.w(f"{nm} | {b:.2f} | {b + 0.2:.2f}".replace(".", ","))
        elif kind == 1:
            self.w(r.choice(["Giá xăng dầu", "GIÁ XĂNG DẦU HÔM NAY", "Bảng giá nhiên liệu (đồng/lít)"]))
            for nm in ["Xăng RON 95-III", "Xăng E5 RON 92", "Dầu DO 0,05S"]:
                self.w(f"{nm}: {r.randint(15000, 22000):,} đ/lít".replace(",", "."))
        else:
            self.w(r.choice(["Tỷ giá ngoại tệ", "TỶ GIÁ", "Tỷ giá (VND)"]))
            self.w("Mã | Mua | Bán")
            for cur, lo in (("USD", 22500), ("EUR", 25000), ("JPY", 200), ("CNY", 3300)):
                v = lo + r.randint(0, 1200) if lo > 1000 else lo + r.randint(0, 20)
                self.w(f"{cur} | {v:,} | {v + r.randint(50, 400) if lo > 1000 else v + 3:,}".replace(",", "."))
        self.w(r.choice(["Cập nhật 9:30 hôm nay", "Nguồn: tổng hợp", "Xem thêm bảng giá »", "(đơn vị: nghìn đồng)"]))

    def classifieds(self):
        r = self.r
        self.w(self.ch(CLASS_HEAD[:3]))
        for ln in r.sample(CLASSIFIED, r.randint(2, 3)):
            self.w(ln)
        self.w(self.ch(CLASS_HEAD[3:6]))
        for ln in r.sample(JOBS, r.randint(2, 3)):
            self.w(ln)
        if r.random() < 0.5:
            self.w("Đăng tin miễn phí")


# ---------------------------------------------------------------- layouts
def L_paywall_truncated(c):
    c.header()
    c.title_date()
    c.w(c.ch(BADGES))
    c.caption()
    keep = max(1, min(len(c.paras), c.r.randint(1, 3)))
    c.bodies(0, keep)
    c.block(PAYWALL)
    c.related(3)
    c.footer()


def L_paywall_softwall(c):
    c.header()
    c.title_date(byline_top=True)
    c.caption()
    k = max(1, len(c.paras) // 3)
    c.bodies(0, k)
    c.block(PAYWALL)
    c.w(c.ch(["(Bản xem trước – nội dung bên dưới bị làm mờ)", "▼ Đọc tiếp", "Mở khoá để xem phần còn lại"]))
    c.bodies(k)
    c.own_related()
    c.byline(end=True)
    c.share()
    c.footer()


def L_metered_counter(c):
    c.w(c.ch(METER))
    c.header()
    c.title_date()
    c.caption()
    n = len(c.paras)
    for i in range(n):
        c.body(i)
        if i == n // 2:
            c.w(c.ch(METER))
            c.w(c.ch(["Đăng ký để đọc không giới hạn »", "Nâng cấp lên Premium", "ĐĂNG KÝ"]))
    c.byline(end=True)
    c.tags()
    c.related(4)
    c.footer()


def L_login_wall(c):
    c.header(login=False)
    c.title_date()
    c.w(c.ch(BADGES))
    c.caption()
    k = max(1, min(2, len(c.paras)))
    c.bodies(0, k)
    for ln in c.r.sample(LOGIN_WALL, 3):
        c.w(ln)
    c.comments(0)
    c.footer()


def L_sponsored_pr(c):
    c.brand = c.ch(BRANDS)
    c.header()
    c.w(c.fill(c.ch(SPONSOR_LABEL)))
    c.title_date()
    c.caption()
    c.bodies(0)
    c.add("credit", c.fill(c.ch(SPONSOR_DISCLOSURE)))
    c.w(c.ch(["Liên hệ hợp tác nội dung: partner@{dom}", "Bạn muốn đăng bài PR? Liên hệ 0909 112 358", "Xem thêm nội dung tài trợ »"]))
    c.related(3, head=True)
    c.footer()


def L_partner_brand_studio(c):
    c.brand = c.ch(BRANDS)
    c.w(c.ch(["{site} Brand Studio", "BRAND STUDIO", "Góc đối tác", "Chuyên trang doanh nghiệp"]))
    c.header(crumbs=False)
    c.w(c.fill(c.ch(["Được thực hiện cùng {brand}", "Presented by {brand}", "Đồng hành cùng {brand}", "Logo {brand}"])))
    c.title_date(byline_top=False)
    c.add("credit", c.fill(c.ch(SPONSOR_DISCLOSURE)))
    c.caption()
    n = len(c.paras)
    for i in range(n):
        c.body(i)
        if i == 0:
            c.caption()
    c.w(c.fill(c.ch(SPONSOR_LABEL)))
    c.share()
    c.related(3)
    c.footer()


def L_affiliate_inline(c):
    c.header()
    c.title_date()
    c.w(c.ch(["Bài viết có chứa liên kết tiếp thị. Chúng tôi có thể nhận hoa hồng khi bạn mua hàng.",
              "* Giá có thể thay đổi theo thời điểm", "Bài viết có liên kết liên kết (affiliate)"]))
    c.caption()
    n = len(c.paras)
    for i in range(n):
        c.body(i)
        if i in (0, n // 2) and i < n - 1:
            c.product()
    c.byline(end=True)
    c.related(3)
    c.footer()


def L_affiliate_roundup(c):
    c.header()
    c.title_date(byline_top=True)
    c.caption()
    c.bodies(0)
    c.own_related()
    c.w(c.ch(["Gợi ý mua sắm", "SẢN PHẨM NỔI BẬT", "Deal hot hôm nay 🔥", "Có thể bạn muốn mua"]))
    for _ in range(c.r.randint(2, 4)):
        c.product(full=c.r.random() < 0.5)
    c.w(c.ch(["Xem tất cả ưu đãi »", "Giá cập nhật lúc 08:00", "Mua sắm cùng {site}"]))
    c.related(2, head=True)
    c.footer()


def L_ad_slots_heavy(c):
    c.ad()
    c.header()
    c.title_date()
    c.caption()
    n = len(c.paras)
    for i in range(n):
        c.body(i)
        if i < n - 1 and i % 2 == 0:
            c.ad(native=(i == 2))
    c.byline(end=True)
    c.ad(native=True)
    c.related(3)
    c.share()
    c.footer()


def L_newsletter_app(c):
    c.w(c.fill(c.ch(APP)))
    c.header()
    c.title_date()
    c.caption()
    n = len(c.paras)
    for i in range(n):
        c.body(i)
        if i == n // 2 and n > 1:
            c.block(NEWSLETTER)
    c.byline(end=True)
    c.w(c.fill(c.ch(APP)))
    c.w(c.fill(c.ch(APP)))
    c.related(3)
    c.footer()


def L_donation_appeal(c):
    c.header()
    c.title_date()
    c.caption()
    c.bodies(0)
    c.byline(end=True)
    c.block(DONATE)
    c.share()
    c.comments()
    c.w(c.ch(["Ủng hộ {site} ❤", "Đóng góp", "Trở thành người ủng hộ"]))
    c.footer()


def L_consent_push(c):
    c.block(COOKIE)
    c.header()
    c.block(PUSH)
    c.title_date()
    c.caption()
    c.bodies(0)
    c.byline(end=True)
    c.tags()
    c.related(3)
    c.footer()
    c.w(c.ch(["Quản lý cookie", "Cài đặt quyền riêng tư", "Do Not Sell My Info"]))


def L_poll_inline(c):
    c.header()
    c.title_date()
    c.caption()
    n = len(c.paras)
    for i in range(n):
        c.body(i)
        if i == max(0, n - 2):
            c.poll()
    c.byline(end=True)
    c.related(3)
    c.comments()
    c.footer()


def L_quiz_after(c):
    c.header()
    c.title_date(byline_top=True)
    c.caption()
    c.bodies(0)
    c.own_related()
    c.quiz(c.r.randint(1, 3))
    c.related(2)
    c.share()
    c.footer()


def L_contest_giveaway(c):
    c.header()
    c.w(c.ch(["🎁 Đang diễn ra: Minigame tặng quà bạn đọc", "Tham gia cuộc thi – nhận quà ngay", "GIVEAWAY tháng này"]))
    c.title_date()
    c.caption()
    n = len(c.paras)
    for i in range(n):
        c.body(i)
        if i == n // 2 and n > 2:
            c.caption()
    c.byline(end=True)
    c.block(CONTEST)
    c.related(3)
    c.footer()


def L_event_webinar(c):
    c.header()
    c.title_date()
    c.caption()
    n = len(c.paras)
    for i in range(n):
        c.body(i)
        if i == 0 and n > 1:
            c.w(c.ch(["SỰ KIỆN SẮP DIỄN RA", "Đừng bỏ lỡ", "Webinar"]))
            c.w(c.ch(["Hội thảo trực tuyến: Đầu tư an toàn mùa biến động", "Diễn đàn Kinh tế Mekong {y}"]))
            c.w(c.ch(["Đăng ký tham dự", "Giữ chỗ ngay →", "Mua vé"]))
    c.byline(end=True)
    lines = c.ch(EVENTS)
    for ln in lines:
        c.add("widget", ln.format(wd=c.ch(WEEKDAYS), d=c.r.randint(1, 28), m=c.r.randint(1, 12), y=c.year,
                                  p1=c.name(), p2=c.name(), dom=c.dom))
    c.related(3)
    c.footer()


def L_classifieds_jobs(c):
    c.header()
    c.title_date()
    c.caption()
    n = len(c.paras)
    half = max(1, n // 2)
    c.bodies(0, half)
    c.classifieds()  # sidebar pulled in between
    c.bodies(half)
    c.byline(end=True)
    c.related(2)
    c.w(c.ch(CLASS_HEAD))
    c.w(c.ch(JOBS))
    c.footer()


def L_price_tables(c):
    c.header()
    c.price_table()
    c.title_date()
    c.caption()
    n = len(c.paras)
    for i in range(n):
        c.body(i)
        if i == n // 2 and n > 1:
            c.price_table()
    c.byline(end=True)
    c.related(3)
    c.price_table()
    c.footer()


def L_native_recirculation(c):
    c.header()
    c.title_date()
    c.caption()
    c.bodies(0)
    c.byline(end=True)
    c.own_related()
    c.w(c.ch(["Có thể bạn quan tâm", "Promoted Stories", "Được đề xuất bởi RecoNet", "Nội dung được tài trợ"]))
    for _ in range(c.r.randint(2, 3)):
        c.w(c.ch(NATIVE_ADS))
        c.w(c.ch(["Được tài trợ", "Sponsored", "Tài trợ · AdNet Việt", "Quảng cáo"]))
    c.related(4, teaser=True)
    c.footer()


def L_mobile_amp(c):
    c.w(c.ch(["Mở trong ứng dụng", "Đọc bản đầy đủ trên app", "← Quay lại"]))
    c.e.append(("site", c.site))
    c.e.append(("title", c.title))
    c.e.append(("date", c.date_line()))
    c.ad()
    c.caption()
    n = len(c.paras)
    for i in range(n):
        c.body(i)
        if i == 1 and n > 2:
            c.ad()
    c.byline(end=True)
    c.w(c.ch(["Đăng nhập để bình luận", "Bình luận (0)", "Tải app để bình luận"]))
    c.related(3, head=False)
    c.w(c.fill(c.ch(APP)))
    c.w(c.ch(["Quảng cáo", "ADVERTISEMENT", "Tắt quảng cáo ✕"]))
    c.w("© {y} {site}")


def L_print_subscription(c):
    c.header()
    c.w(c.ch(["Đặt mua báo in", "ĐỌC BÁO IN (E-PAPER)", "Báo in hôm nay – bản PDF"]))
    c.title_date()
    c.w(c.ch(["Bài đăng trên báo in số {n}", "Bản in: trang 7", "In trên ấn phẩm cuối tuần"]))
    c.caption()
    c.bodies(0)
    c.byline(end=True)
    c.w(c.ch(["Gói đọc báo in điện tử", "ƯU ĐÃI ĐẶT BÁO DÀI HẠN"]))
    c.w(c.ch(["3 tháng: 150.000đ | 6 tháng: 280.000đ | 12 tháng: 520.000đ", "Gói Số + Giấy: 99.000đ/tháng"]))
    c.w(c.ch(["Giao báo tận nhà miễn phí nội thành", "Tặng kèm 2 số đặc san Tết"]))
    c.w(c.ch(["Đặt mua ngay", "ĐẶT BÁO"]))
    c.related(3)
    c.footer()


def L_kitchen_sink(c):
    c.block(COOKIE)
    c.w(c.ch(METER))
    c.header()
    c.ad()
    c.title_date()
    c.caption()
    n = len(c.paras)
    for i in range(n):
        c.body(i)
        if i == 0 and n > 1:
            c.product(full=False)
        elif i == 1 and n > 2:
            c.poll()
        elif i == 2 and n > 3:
            c.ad(native=True)
    c.byline(end=True)
    c.block(NEWSLETTER)
    c.price_table()
    c.related(3)
    c.comments()
    c.block(DONATE)
    c.footer()


LAYOUT_FUNCS = {
    "paywall_truncated": L_paywall_truncated,
    "paywall_softwall": L_paywall_softwall,
    "metered_counter": L_metered_counter,
    "login_wall": L_login_wall,
    "sponsored_pr": L_sponsored_pr,
    "partner_brand_studio": L_partner_brand_studio,
    "affiliate_inline": L_affiliate_inline,
    "affiliate_roundup": L_affiliate_roundup,
    "ad_slots_heavy": L_ad_slots_heavy,
    "newsletter_app": L_newsletter_app,
    "donation_appeal": L_donation_appeal,
    "consent_push": L_consent_push,
    "poll_inline": L_poll_inline,
    "quiz_after": L_quiz_after,
    "contest_giveaway": L_contest_giveaway,
    "event_webinar": L_event_webinar,
    "classifieds_jobs": L_classifieds_jobs,
    "price_tables": L_price_tables,
    "native_recirculation": L_native_recirculation,
    "mobile_amp": L_mobile_amp,
    "print_subscription": L_print_subscription,
    "kitchen_sink": L_kitchen_sink,
}
LAYOUTS = list(LAYOUT_FUNCS)


# ---------------------------------------------------------------- paragraphs and faults
def _inner_spaces(s):
    return [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]


def _fault_item(s, fault, r):
    if fault == "nbsp":
        sp = _inner_spaces(s)
        for i in r.sample(sp, min(len(sp), r.randint(1, 3))):
            s = s[:i] + NBSP + s[i + 1:]
    elif fault == "double_space":
        sp = _inner_spaces(s)
        if sp:
            i = r.choice(sp)
            s = s[:i] + "  " + s[i + 1:]
    elif fault == "zwsp":
        spans = [m.span() for m in re.finditer(r"\w{4,}", s)]
        for a, b in sorted(r.sample(spans, min(len(spans), r.randint(1, 2))), reverse=True):
            k = r.randint(a + 1, b - 1)
            s = s[:k] + ZW + s[k:]
    return s


def make_paragraphs(row, sents):
    r = R(row, "paragraphs")
    paras, i = [], 0
    while i < len(sents):
        n = r.choices([1, 2, 3, 4], weights=[2, 4, 3, 1])[0]
        paras.append(list(sents[i:i + n]))
        i += n
    fr = R(row, "faults")
    faults = set()
    if fr.random() < FAULT_RATE:
        faults = set(fr.sample(FAULTS, fr.choice([1, 1, 2])))
    if "glued" in faults:
        cand = [p for p in paras if len(p) >= 2 and p[0].endswith(".")]
        if cand:
            for p in fr.sample(cand, min(len(cand), fr.randint(1, 2))):
                p[0:2] = [p[0] + p[1]]
        else:
            faults.discard("glued")
    for f in ("nbsp", "double_space", "zwsp"):
        if f in faults:
            items = [(pi, si) for pi, p in enumerate(paras) for si in range(len(p))]
            chosen = fr.sample(items, max(1, len(items) * 3 // 10))
            hit = False
            for pi, si in chosen:
                new = _fault_item(paras[pi][si], f, fr)
                hit |= new != paras[pi][si]
                paras[pi][si] = new
            if not hit:
                faults.discard(f)
    return paras, faults


# ---------------------------------------------------------------- assemble
def build_page(k, row, title, article, pool):
    layout = LAYOUTS[k % len(LAYOUTS)]
    info = analyse(article, title)
    c = Ctx(row, title, info, pool)
    c.paras, c.faults = make_paragraphs(row, info["body"])
    LAYOUT_FUNCS[layout](c)
    body = [s for _, p in c.e if _ == "body" for s in p]
    bnorm = {norm(s) for s in body} | {norm(" ".join(p)) for kk, p in c.e if kk == "body"}
    lines, fur, seen_unl = [], [], set()
    for kind, payload in c.e:
        if kind == "body":
            lines.append(" ".join(payload))
            continue
        if norm(payload) in bnorm:
            continue  # never let furniture repeat a body sentence
        if kind in ("title", "date", "site"):
            if kind in seen_unl:
                kind = "widget"
            else:
                seen_unl.add(kind)
                lines.append(payload)
                continue
        lines.append(payload)
        fur.append((kind, payload))
    text = "\n".join(lines)
    if "nfd" in c.faults:
        nf = lambda s: unicodedata.normalize("NFD", s)
        text, body, fur = nf(text), [nf(s) for s in body], [(kk, nf(s)) for kk, s in fur]
    return Page(text, body, fur, layout), c.faults


def build(train_path):
    body_rows, related_rows = read_rows(train_path)
    pool = related_pool(related_rows)
    out = []
    for k, row in enumerate(sorted(body_rows)):
        title, article = body_rows[row]
        out.append((row,) + build_page(k, row, title, article, pool))
    return out


def pages(train_path):
    out = [p for _, p, _ in build(train_path)]
    for p in out:
        check_page(p)
    return out


def main(argv):
    if len(argv) != 2:
        print("usage: make.py TRAIN.jsonl.gz", file=sys.stderr)
        return 2
    built = build(argv[1])
    for _, p, _ in built:
        check_page(p)
    per = defaultdict(Counter)
    tot = Counter()
    faults = Counter()
    for _, p, fs in built:
        c = per[p.layout]
        c["pages"] += 1
        c["body"] += len(p.body)
        for kind, _ln in p.furniture:
            c[kind] += 1
        for f in fs:
            faults[f] += 1
        faults["pages_with_faults"] += bool(fs)
    for c in per.values():
        tot.update(c)
    cols = ["pages", "body"] + list(KINDS)
    print(f"{'layout':24s}" + "".join(f"{x:>9s}" for x in cols))
    for lay in LAYOUTS:
        if lay in per:
            print(f"{lay:24s}" + "".join(f"{per[lay][x]:9d}" for x in cols))
    print(f"{'TOTAL':24s}" + "".join(f"{tot[x]:9d}" for x in cols))
    print("furniture lines:", sum(tot[x] for x in KINDS))
    print("faults:", ", ".join(f"{f}={faults[f]}" for f in ("pages_with_faults",) + FAULTS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
