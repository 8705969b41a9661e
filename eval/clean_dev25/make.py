"""clean_test25: blind held-out scraped Vietnamese news pages (issue 21).

Standard library only; deterministic (seeded per row).

    python eval/clean_test25/make.py TRAIN.jsonl.gz
"""
from __future__ import annotations

import gzip
import json
import random
import re
import sys
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

BODY_ROWS = range(17_300, 17_600)
RELATED_ROWS = range(10_600, 11_000)
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = (
    "cong_thong_tin_tinh",       # provincial government news portal, desktop
    "bao_dien_tu_desktop",       # national e-newspaper, desktop, sidebar + inline boxes
    "app_tong_hop_tin",          # news-aggregator mobile app reading view
    "amp_di_dong",               # mobile/AMP page with sticky ads between paragraphs
    "zalo_chuyen_tiep",          # article forwarded in a messaging chat
    "fanpage_mang_xa_hoi",       # social-network fan-page post with comments
    "ban_tin_email",             # daily e-mail newsletter digest
    "ocr_bao_in",                # OCR of a printed newspaper page
    "trinh_doc_man_hinh",        # screen-reader / accessibility text export
    "luu_tru_web",               # web-archive snapshot with archive banner
    "dich_vu_nuoc_ngoai",        # Vietnamese service of a foreign broadcaster
    "bao_phap_luat_chuyen_nganh",  # specialised law/police outlet with tags and hotline
    "dai_truyen_hinh_dia_phuong",  # local TV station site with video block
    "ban_in_pdf",                # print-friendly view exported to PDF text
    "binh_luan_binh_chon",       # page heavy with reader comments and a poll
    "bao_kinh_te_tra_phi",       # business outlet with paywall, cookies, ticker
    "doc_sau_rss",               # RSS / read-later app export
    "dien_dan_dang_lai",         # forum thread reposting the article
)


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]]
    layout: str


# ---------------------------------------------------------------- vocab
REPORTERS = [
    "Nguyễn Hoàng Phúc", "Trần Thị Mai Anh", "Lê Quang Vinh", "Phạm Thu Trang", "Đỗ Minh Khôi",
    "Vũ Thanh Hằng", "Hoàng Văn Lợi", "Bùi Ngọc Diệp", "Đặng Tuấn Kiệt", "Ngô Bảo Châu Anh",
    "Lý Hải Đăng", "Trịnh Thị Nguyệt", "Mai Xuân Trường", "Đinh Công Hậu", "Tạ Phương Linh",
    "Hồ Sĩ Tiến", "Châu Mỹ Duyên", "La Văn Quyết", "Kiều Oanh", "Thạch Sơn",
]
SHORT_NAMES = ["Hải Yến", "Minh Đức", "Quốc Tuấn", "Thu Hà", "Văn Toàn", "Ngọc Lan", "Đức Anh",
               "Phương Nam", "Bảo Ngọc", "Tiến Dũng", "Hồng Nhung", "Thanh Tùng", "K.Linh", "H.Q"]
OUTLETS = ["TTXVN", "Vietnamplus", "Báo Tin tức", "VOV", "VTV News", "Dân trí", "Tuổi Trẻ",
           "Thanh Niên", "Người Lao Động", "Lao Động", "Tiền Phong", "Nhân Dân", "Quân đội nhân dân",
           "Công an nhân dân", "Sài Gòn Giải Phóng", "Hà Nội Mới", "Pháp luật TP.HCM", "Zing News",
           "Báo Đà Nẵng", "Báo Cần Thơ", "Báo Nghệ An", "Báo Quảng Ninh", "Reuters", "AFP", "AP",
           "Bloomberg", "CNN", "Kyodo", "Yonhap", "Tân Hoa xã", "BBC", "The Guardian"]
FOREIGN = ["Reuters", "AFP", "AP", "Bloomberg", "CNN", "Kyodo", "Yonhap", "The Guardian", "NHK"]
PLACES = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Nghệ An", "Thanh Hoá",
          "Quảng Ninh", "Bình Dương", "Đắk Lắk", "Lâm Đồng", "Khánh Hoà", "Kiên Giang", "Lào Cai"]
SECTIONS = ["Thời sự", "Xã hội", "Pháp luật", "Kinh tế", "Thế giới", "Giáo dục", "Sức khoẻ",
            "Đời sống", "Giao thông", "Môi trường", "Văn hoá", "Thể thao", "Công nghệ", "Bất động sản"]
SUBSECTIONS = ["Tin nóng", "Hồ sơ vụ án", "Dân sinh", "Chính trị", "Điều tra", "Quốc tế",
               "Tài chính", "Đô thị", "Nông nghiệp", "An ninh trật tự"]
TAGS = ["tai nạn giao thông", "phòng cháy chữa cháy", "ô nhiễm môi trường", "tham nhũng",
        "UBND tỉnh", "cảnh sát giao thông", "bão lũ", "biển Đông", "giá xăng", "học sinh",
        "bệnh viện", "ma tuý", "đất đai", "xây dựng trái phép", "dịch bệnh", "Quốc hội"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
COMMENTERS = ["Nguyễn Văn Hùng", "thuhuong88", "Minh Trí (Bình Dương)", "Lan Phạm", "dân Sài Gòn",
              "Trần Quốc Bảo", "Hoa Mai", "người Hà Nội xa quê", "Tuấn Anh", "Bác Ba Phi", "Khách"]
COMMENTS = [
    "Đọc mà thấy xót xa quá, mong cơ quan chức năng vào cuộc xử lý nghiêm.",
    "Chuyện này ở quê tôi cũng xảy ra mấy năm nay rồi mà chẳng ai quan tâm.",
    "Báo nên theo dõi tiếp vụ việc và thông tin cho bạn đọc biết kết quả.",
    "Cảm ơn phóng viên đã phản ánh kịp thời.",
    "Lại là kiểu làm ăn tắc trách, phạt thật nặng mới chừa được.",
    "Mình ở gần đó, sáng nay đi qua thấy công an phong toả cả đoạn đường.",
    "Đề nghị làm rõ trách nhiệm của người đứng đầu địa phương.",
    "Hoàn toàn đồng ý với ý kiến của bạn Hùng ở trên.",
    "Thương người dân quá, chẳng biết bao giờ mới được giải quyết dứt điểm.",
    "Tin này đăng từ hôm qua rồi mà giờ mới thấy cập nhật.",
    "Ai có số điện thoại đường dây nóng của huyện thì cho mình xin với.",
    "Viết hay và khách quan, ủng hộ báo.",
    "Sao đến giờ vẫn chưa có kết luận chính thức vậy mọi người?",
    "Đường này tôi đi hằng ngày, đúng là nguy hiểm thật.",
    "Mong các cơ quan chức năng đừng để sự việc chìm xuồng.",
    "Tôi nghĩ cần nghe thêm ý kiến từ phía người trong cuộc.",
    "Chia buồn cùng gia đình các nạn nhân.",
    "Quá bức xúc, năm nào cũng hứa mà chẳng thấy thay đổi gì.",
]
ADS = [
    "Vay tiêu dùng lãi suất chỉ từ 0,99%/tháng, giải ngân trong 15 phút, không cần thế chấp.",
    "Căn hộ view sông chỉ từ 1,8 tỷ, ngân hàng hỗ trợ vay 70%, nhận nhà ở ngay.",
    "Giảm ngay 50% khi đặt vé máy bay Tết qua ứng dụng, số lượng có hạn.",
    "Bác sĩ chỉ cách trị dứt điểm đau xương khớp tại nhà chỉ sau 7 ngày.",
    "Mở tài khoản chứng khoán online, miễn phí giao dịch 3 tháng đầu.",
    "Học tiếng Anh giao tiếp cùng giáo viên bản ngữ, học thử miễn phí tuần đầu tiên.",
    "Bảo hiểm sức khoẻ cho cả gia đình chỉ từ 5.000 đồng mỗi ngày.",
    "Máy lọc không khí chính hãng giảm giá sốc, trả góp 0% qua thẻ tín dụng.",
    "Nhà đầu tư đổ xô về đất nền ven biển, cơ hội cuối cùng trước khi tăng giá.",
    "Sữa hạt dinh dưỡng cho người cao tuổi, mua 2 tặng 1 đến hết tháng này.",
    "Chỉ cần 3 phút mỗi sáng, người đàn ông 60 tuổi đã thoát khỏi bệnh tiểu đường.",
    "Nhận ngay ưu đãi hoàn tiền 20% khi thanh toán hoá đơn điện nước bằng ví điện tử.",
    "Khoá học lập trình cho trẻ em, cam kết đầu ra, đăng ký trước ngày 30 giảm 40%.",
    "Tour Đà Lạt 3 ngày 2 đêm trọn gói chỉ 1.990.000 đồng, khởi hành hằng tuần.",
]
SPONSORED = ["Tài trợ", "Quảng cáo", "Nội dung được tài trợ", "Sponsored", "QC", "Thông tin doanh nghiệp"]
GENERIC_CAPTIONS = [
    "Lực lượng chức năng có mặt tại hiện trường để điều tra nguyên nhân.",
    "Người dân tập trung theo dõi sự việc.",
    "Hiện trường vụ việc.",
    "Cơ quan chức năng làm việc với các bên liên quan.",
    "Khu vực xảy ra sự việc được khoanh vùng, bảo vệ.",
    "Đại diện chính quyền địa phương trao đổi với phóng viên.",
    "Toàn cảnh buổi làm việc.",
    "Tang vật được thu giữ tại chỗ.",
    "Một góc khu vực được phản ánh.",
    "Lãnh đạo địa phương kiểm tra thực tế tại hiện trường.",
    "Chiếc xe bị hư hỏng nặng sau cú va chạm.",
    "Nước ngập sâu khiến nhiều phương tiện chết máy giữa đường.",
    "Các đối tượng tại cơ quan điều tra.",
    "Bệnh nhân đang được theo dõi, điều trị tại bệnh viện.",
    "Đoạn đường xuống cấp nghiêm trọng sau nhiều năm chờ sửa chữa.",
    "Phiên toà xét xử sơ thẩm diễn ra trong hai ngày.",
    "Người dân dựng lều bạt chờ gặp đại diện chính quyền.",
    "Ngôi nhà bị thiêu rụi hoàn toàn sau đám cháy.",
    "Cán bộ kiểm lâm tuần tra trong rừng phòng hộ.",
    "Quang cảnh cuộc họp báo chiều qua.",
]
TRANSL = ["Dịch: {n}", "Biên dịch: {n}", "{n} dịch", "Lược dịch từ {f}", "Bản tiếng Việt: {n}"]


# ---------------------------------------------------------------- text helpers
_WS = re.compile(r"\s+")
_SPLIT = re.compile(r"(?<=[.!?…])\s+")
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_\.]*\.?$|^[^\W\d_]\.[^\W\d_]+$")


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip()


def split_sentences(text: str) -> list[str]:
    text = _norm(text)
    out: list[str] = []
    cur = ""
    for piece in _SPLIT.split(text):
        cur = f"{cur} {piece}" if cur else piece
        nxt_ok = True
        # do not split after common abbreviations like "TP." or "ThS."
        if re.search(r"\b(TP|Th\.S|ThS|TS|PGS|GS|Mr|St|Q|P)\.$", cur):
            nxt_ok = False
        if nxt_ok:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    # splitting a closing quote away from its sentence: glue lone quote marks back
    fixed: list[str] = []
    for s in out:
        if fixed and (s[:1] in "\"”'" and (len(s) < 3 or s[1] in " ,")):
            fixed[-1] = fixed[-1] + " " + s
        else:
            fixed.append(s)
    return [s for s in fixed if s]


def _is_name(s: str, max_words: int = 4) -> bool:
    words = s.split()
    if not 1 <= len(words) <= max_words:
        return False
    return all(w[:1].isupper() and _NAME_WORD.match(w) for w in words)


def split_trailers(article: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Story sentences and (kind, line) trailers glued to the end of the article."""
    sents = split_sentences(article)
    trailers: list[tuple[str, str]] = []
    changed = True
    while sents and changed:
        changed = False
        last = sents[-1]
        # "(Theo X)" / "Theo X" credit at the very end
        m = re.search(r"\s*(\(\s*Theo [^()]{2,80}\)|Theo [A-ZĐÀ-Ỹ][^.!?]{1,60})\s*$", last)
        if m and (m.start() > 0 or len(sents) > 1) and len(m.group(1).split()) <= 12:
            trailers.insert(0, ("credit", m.group(1).strip()))
            rest = last[: m.start()].strip()
            sents[-1:] = [rest] if rest else []
            changed = True
            continue
        m = re.search(r"\s*((?:Xem thêm|Đọc thêm|>> ?Xem|Tin liên quan)\s*:?.*)$", last)
        if m and (m.start() > 0 or len(sents) > 1):
            trailers.insert(0, ("related", m.group(1).strip()))
            rest = last[: m.start()].strip()
            sents[-1:] = [rest] if rest else []
            changed = True
            continue
        # unterminated tail after the last terminator
        m = re.search(r"^(.*[.!?…][\"”'’)]*)\s+([^.!?…]+)$", last)
        if m is None and len(sents) > 1 and (not re.search(r"[.!?…\"”'’)]$", last)
                                            or re.search(r"\(?thực hiện\)$", last)):
            tail, head = last, None
        elif m:
            head, tail = m.group(1), m.group(2)
        else:
            break
        tail = tail.strip()
        mq = re.search(r"^(.*[\"”])\s+([^\"“”]+)$", last)
        if re.search(r"[\"“”]", tail):
            # a closing quote ends the story, a name follows
            if mq and _is_name(mq.group(2), 4):
                head, tail = mq.group(1), mq.group(2).strip()
            else:
                break
        kind = None
        if " * " in tail and _is_name(tail.split(" * ")[0], 4):
            name, note = tail.split(" * ", 1)
            trailers.insert(0, ("widget", "* " + note))
            tail = name
        parts = [x.strip() for x in re.split(r" ?[-–|] ?", tail)]
        if all(_is_name(x, 4) for x in parts) or all(_is_name(x, 4) for x in re.split(r"\s*,\s*", tail)):
            kind = "byline"
        elif re.fullmatch(r"(.+?) (?:Video|Ảnh|Clip): (.+)", tail) and all(
                _is_name(x, 4) for x in re.fullmatch(r"(.+?) (?:Video|Ảnh|Clip): (.+)", tail).groups()):
            kind = "byline"
        elif re.fullmatch(r"(.+?) \(?thực hiện\)?", tail) and _is_name(re.fullmatch(r"(.+?) \(?thực hiện\)?", tail).group(1), 4):
            kind = "byline"
        elif head is None and 2 <= len(tail.split()) <= 9 and _is_name(re.sub(r"^(Thượng|Trung|Đại|Thiếu) (tá|uý|tướng) ", "", tail), 9):
            kind = "byline"
        elif re.match(r"^(?:[>»] ?)+\S", tail) and len(tail.split()) >= 5:
            kind = "related"  # ">> ..." links to other items
        elif re.match(r"^[*\s]*(Video|Ảnh|Clip|Infographic)\b", tail):
            kind = "caption" if "*" not in tail[1:] else "related"
        elif " - " in tail and len(tail.split()) >= 6:
            kind = "related"
        elif len(tail.split()) > 4 and _is_name(" ".join(tail.split()[-2:]), 2) and not tail[0].islower():
            kind = "caption"
        if kind is None:
            break
        trailers.insert(0, (kind, tail))
        if head:
            sents[-1] = head.strip()
        else:
            sents.pop()
        changed = True
    return [s for s in sents if s], trailers


def related_items(row: dict) -> dict:
    title = _norm(row["title"])
    art = _norm(row["article"][:1200])
    sents = split_sentences(art)[:-1]  # last piece may be cut mid-sentence
    teasers = [s for s in sents if 50 <= len(s) <= 230 and '"' not in s]
    return {"title": title, "teasers": teasers, "caption": sents[0] if sents and len(sents[0]) < 160 else None}


# ---------------------------------------------------------------- page builder
class Builder:
    def __init__(self, rng: random.Random, rel: list[dict]):
        self.rng = rng
        self.rel = rel
        self.items: list[tuple[str, str, list[str] | None]] = []
        self._relpos = 0

    def f(self, kind: str, line: str) -> None:
        line = _norm(line)
        if line:
            self.items.append((kind, line, None))

    def u(self, line: str) -> None:
        self.items.append(("-", _norm(line), None))

    def p(self, sents: list[str]) -> None:
        self.items.append(("body", " ".join(sents), list(sents)))

    def pick(self, seq):
        return self.rng.choice(seq)

    def next_rel(self) -> dict:
        r = self.rel[self._relpos % len(self.rel)]
        self._relpos += 1
        return r

    def rel_title(self) -> str:
        return self.next_rel()["title"]

    def rel_teaser(self) -> str:
        for _ in range(len(self.rel)):
            r = self.next_rel()
            if r["teasers"]:
                return self.rng.choice(r["teasers"])
        return self.rel_title()

    def rel_caption(self) -> str:
        for _ in range(len(self.rel)):
            r = self.next_rel()
            if r["caption"]:
                return r["caption"]
        return self.rel_title()

    # small shared pieces
    def date(self, style: int | None = None) -> str:
        r = self.rng
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2015, 2019)
        hh, mm = r.randint(5, 23), r.randint(0, 59)
        wd = r.choice(WEEKDAYS)
        st = r.randrange(6) if style is None else style
        return [
            f"{wd}, {d}/{m}/{y}, {hh:02d}:{mm:02d} (GMT+7)",
            f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}",
            f"Cập nhật: {hh:02d}:{mm:02d} {wd.lower()}, {d}/{m}/{y}",
            f"{wd} {d:02d}/{m:02d}/{y} - {hh:02d}:{mm:02d}",
            f"Ngày {d} tháng {m} năm {y}",
            f"{hh}h{mm:02d} ngày {d}/{m}/{y}",
        ][st]

    def stamp(self) -> str:
        r = self.rng
        return r.choice([f"{r.randint(2, 59)} phút trước", f"{r.randint(1, 23)} giờ trước", "Hôm qua",
                         f"{r.randint(1, 28)}/{r.randint(1, 12)}"])

    def byline(self) -> str:
        r = self.rng
        n = r.choice(REPORTERS)
        return r.choice([n, n.upper(), f"{n} - {r.choice(SHORT_NAMES)}", f"Bài và ảnh: {n}",
                         f"PV {n}", f"{r.choice(SHORT_NAMES)} (thực hiện)", f"Nhóm phóng viên {r.choice(SECTIONS)}",
                         f"{n} (từ {r.choice(PLACES)})", f"Phóng viên: {n}", f"{n} | {r.choice(SHORT_NAMES)}"])

    def photo_credit(self) -> str:
        r = self.rng
        return r.choice([f"Ảnh: {r.choice(SHORT_NAMES)}", f"Ảnh: {r.choice(FOREIGN)}", f"Nguồn ảnh: {r.choice(OUTLETS)}",
                         f"Ảnh minh hoạ: Internet", f"Ảnh: Người dân cung cấp", f"Ảnh: CTV", f"Ảnh chụp màn hình clip",
                         f"Đồ hoạ: {r.choice(SHORT_NAMES)}", f"Ảnh: Getty Images"])

    def src_credit(self) -> str:
        r = self.rng
        o = r.choice(OUTLETS)
        return r.choice([f"Theo {o}", f"(Theo {o})", f"Nguồn: {o}", f"{r.choice(SHORT_NAMES)} (tổng hợp)",
                         f"{r.choice(SHORT_NAMES)} (theo {r.choice(FOREIGN)})", f"Lược dịch: {r.choice(SHORT_NAMES)}",
                         f"Theo {o} - Link bài gốc", f"Bài viết có sử dụng tư liệu của {o}",
                         r.choice(TRANSL).format(n=r.choice(SHORT_NAMES), f=r.choice(FOREIGN)),
                         f"Nguồn video: {o}", f"Ảnh và clip: {r.choice(SHORT_NAMES)}/{o}",
                         f"Theo {r.choice(FOREIGN)}, {o}", f"{r.choice(SHORT_NAMES)} (Theo {r.choice(FOREIGN)})"])

    def caption(self) -> str:
        r = self.rng
        c = r.choice(GENERIC_CAPTIONS + [None, None, None])
        if c is None:
            c = self.rel_caption()
        form = r.randrange(5)
        if form == 0:
            return f"{c} {self.photo_credit()}"
        if form == 1:
            return f"{c} ({self.photo_credit()})"
        if form == 2:
            return f"Ảnh: {c}"
        return c

    def ad(self) -> str:
        return self.rng.choice(ADS)


# ---------------------------------------------------------------- layouts
def _chunks(rng: random.Random, sents: list[str], lo: int = 1, hi: int = 4) -> list[list[str]]:
    out, i = [], 0
    while i < len(sents):
        n = rng.randint(lo, hi)
        out.append(sents[i:i + n])
        i += n
    return out


def _paras(b: Builder, paras, hook=None):
    """emit paragraphs; hook(i) is called after paragraph i (may emit furniture)."""
    for i, p in enumerate(paras):
        b.p(p)
        if hook and i < len(paras) - 1:
            hook(i)


def _trailers(b: Builder, trailers):
    for k, line in trailers:
        b.f(k, line)


def lay_cong_thong_tin_tinh(b, title, paras, trailers):
    r = b.rng
    prov = r.choice(PLACES)
    b.f("widget", f"CỔNG THÔNG TIN ĐIỆN TỬ TỈNH {prov.upper()}")
    b.f("widget", "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản pháp luật | Dịch vụ công trực tuyến | Liên hệ")
    b.f("widget", f"Tin tức - Sự kiện > {r.choice(SECTIONS)}")
    b.u(title)
    b.u(b.date(4))
    b.f("widget", f"Lượt xem: {r.randint(50, 9000)}")
    b.f("widget", "Cỡ chữ: A- A A+ | In trang | Gửi email")
    _paras(b, paras, lambda i: b.f("caption", b.caption()) if i == 0 and r.random() < .6 else None)
    _trailers(b, trailers)
    b.f("credit", r.choice([f"Nguồn: Sở Thông tin và Truyền thông {prov}", f"Theo {r.choice(OUTLETS)}", "Nguồn: Văn phòng UBND tỉnh"]))
    b.f("widget", "Các tin khác")
    for _ in range(r.randint(3, 6)):
        b.f("related", f"{b.rel_title()} ({r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2015, 2019)})")
    b.f("widget", f"Cơ quan chủ quản: UBND tỉnh {prov}. Trưởng Ban biên tập: {r.choice(REPORTERS)}.")
    b.f("widget", f"Giấy phép số {r.randint(10, 999)}/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp.")
    b.f("widget", "Ghi rõ nguồn Cổng Thông tin điện tử khi phát hành lại thông tin từ website này.")


def lay_bao_dien_tu_desktop(b, title, paras, trailers):
    r = b.rng
    b.f("widget", " ".join(r.sample(SECTIONS, 7)) + " Video Podcast")
    b.u(r.choice(["Báo điện tử Tin Nhanh Việt", "Thời Báo Việt Online", "Báo Điện tử Đất Việt 24h"]))
    b.f("widget", f"{r.choice(SECTIONS)} / {r.choice(SUBSECTIONS)}")
    b.u(b.date(0))
    b.u(title)
    b.f("widget", "Chia sẻ Facebook Zalo Sao chép liên kết")
    def hook(i):
        if i == 0:
            b.f("widget", "TIN LIÊN QUAN")
            for _ in range(2):
                b.f("related", b.rel_title())
        elif i == 1 and r.random() < .7:
            b.f("caption", b.caption())
            if r.random() < .4:
                b.f("credit", b.photo_credit())
        elif i == 2:
            b.f("related", b.rel_teaser())
        elif r.random() < .25:
            b.f("related", f"» {b.rel_title()}")
    _paras(b, paras, hook)
    _trailers(b, trailers)
    b.f("byline", b.byline())
    b.f("widget", "Từ khoá: " + ", ".join(r.sample(TAGS, 3)))
    b.f("widget", "Bạn đánh giá bài viết này thế nào? Hữu ích Không hữu ích")
    b.f("widget", "ĐỌC NHIỀU NHẤT")
    for k in range(1, r.randint(4, 6)):
        b.f("related", f"{k}. {b.rel_title()}")
    b.f("widget", f"© Bản quyền thuộc về Báo điện tử. Toà soạn: số {r.randint(1, 200)} phố {r.choice(['Lý Thường Kiệt', 'Hai Bà Trưng', 'Trần Hưng Đạo'])}, {r.choice(PLACES)}.")


def lay_app_tong_hop_tin(b, title, paras, trailers):
    r = b.rng
    b.f("widget", r.choice(["Đóng", "‹ Quay lại", "←"]))
    b.u(r.choice(OUTLETS[:21]))
    b.f("widget", b.stamp())
    b.u(title)
    b.f("widget", r.choice(["Theo dõi", "+ Theo dõi nguồn tin", "Nghe đọc bài báo"]))
    if r.random() < .5:
        b.f("credit", b.src_credit())
    def hook(i):
        if i == 1:
            b.f("widget", r.choice(SPONSORED))
            b.f("widget", b.ad())
            b.f("widget", r.choice(["Tìm hiểu thêm", "Đăng ký ngay", "Cài đặt"]))
    _paras(b, paras, hook)
    _trailers(b, trailers)
    b.f("widget", f"{r.randint(1, 999)} bình luận · {r.randint(1, 99)} chia sẻ")
    b.f("widget", "Xem bài gốc")
    b.f("widget", r.choice(["Có thể bạn quan tâm", "Tin khác", "Dành cho bạn"]))
    for _ in range(r.randint(3, 5)):
        b.f("related", b.rel_title())
        b.f("widget", f"{r.choice(OUTLETS[:21])} · {b.stamp()}")


def lay_amp_di_dong(b, title, paras, trailers):
    r = b.rng
    b.f("widget", "☰")
    b.f("widget", r.choice(["TIN NHANH 24/7", "Mobile", "Đăng nhập"]))
    b.f("widget", r.choice(SECTIONS).upper())
    b.u(title)
    b.f("byline", b.byline())
    b.u(b.date(3))
    def hook(i):
        if i % 2 == 0:
            b.f("widget", r.choice(["ADVERTISEMENT", "Quảng cáo", "QUẢNG CÁO"]))
            if r.random() < .5:
                b.f("widget", b.ad())
        if i == 2:
            b.f("related", f"XEM THÊM: {b.rel_title()}")
        if r.random() < .3:
            b.f("caption", b.caption())
    _paras(b, paras, hook)
    _trailers(b, trailers)
    if r.random() < .6:
        b.f("credit", b.src_credit())
    b.f("widget", "Chia sẻ")
    b.f("widget", "Lên đầu trang")
    b.f("widget", "Xem phiên bản máy tính")


def lay_zalo_chuyen_tiep(b, title, paras, trailers):
    r = b.rng
    b.f("widget", r.choice(["Tin nhắn được chuyển tiếp", "Đã chuyển tiếp", "Forwarded"]))
    b.f("widget", f"{r.choice(COMMENTERS)} {r.randint(6, 22)}:{r.randint(0, 59):02d}")
    b.f("widget", r.choice(["Mọi người đọc tin này đi", "Gửi cả nhà", "Đọc mà sợ quá", "Nhà mình chú ý nhé"]))
    b.u(title)
    b.u(f"{r.choice(['tuoitrenews', 'baomoi', 'dantri', 'vnexpress', 'thanhnien', 'laodong'])}.vn")
    for p in paras:
        b.p(p)
    _trailers(b, trailers)
    b.f("widget", r.choice(["Đã xem", "Đã nhận", "Đã gửi"]))
    b.f("widget", "❤️ " + str(r.randint(1, 12)) + " 😮 " + str(r.randint(1, 5)))
    b.f("widget", r.choice(["Trả lời", "Chuyển tiếp", "Thu hồi"]))


def lay_fanpage_mang_xa_hoi(b, title, paras, trailers):
    r = b.rng
    b.u(r.choice(["Tin Tức 24h", "Hóng Biến Sài Gòn", "Báo Giao Thông Fanpage", "Cộng đồng Hà Nội"]))
    b.f("widget", f"{b.stamp()} · 🌏")
    b.u(f"🔴 {title.upper()}")
    ps = list(paras)
    cut = max(1, min(len(ps) - 1, 2))
    for p in ps[:cut]:
        b.p(p)
    b.f("widget", "... Xem thêm")
    for p in ps[cut:]:
        b.p(p)
    _trailers(b, trailers)
    b.f("widget", "#" + " #".join(t.replace(" ", "") for t in r.sample(TAGS, 3)))
    b.f("caption", b.caption())
    b.f("widget", f"👍❤️😢 {r.randint(1, 30)},{r.randint(1, 9)}K")
    b.f("widget", f"{r.randint(100, 4000)} bình luận {r.randint(10, 900)} lượt chia sẻ")
    b.f("widget", "Thích Bình luận Chia sẻ")
    b.f("widget", "Phù hợp nhất")
    for _ in range(r.randint(2, 4)):
        b.f("widget", r.choice(COMMENTERS))
        b.f("widget", r.choice(COMMENTS))
        b.f("widget", f"{r.randint(1, 23)} giờ Thích Phản hồi")
    b.f("widget", "Xem thêm bình luận")


def lay_ban_tin_email(b, title, paras, trailers):
    r = b.rng
    b.f("widget", f"Từ: Bản tin sáng <bantin@{r.choice(['tinnhanh', 'thoibao', 'docbao'])}.vn>")
    b.f("widget", f"Chủ đề: Điểm tin {r.randint(1, 28)}/{r.randint(1, 12)}: {title}")
    b.f("widget", "Nếu email hiển thị không đúng, vui lòng xem phiên bản trên trình duyệt.")
    b.u(r.choice(["BẢN TIN SÁNG", "ĐIỂM TIN 6H", "BẢN TIN TỐI"]))
    b.f("widget", "Kính gửi Quý độc giả,")
    b.u(title)
    _paras(b, paras, lambda i: b.f("widget", f"[Quảng cáo] {b.ad()}") if i == 1 else None)
    _trailers(b, trailers)
    b.f("widget", "Đọc tiếp trên website →")
    b.f("widget", "CÁC TIN ĐÁNG CHÚ Ý KHÁC")
    for _ in range(r.randint(2, 4)):
        b.f("related", b.rel_title())
        b.f("related", b.rel_teaser())
    b.f("widget", "Bạn nhận được email này vì đã đăng ký bản tin. Huỷ đăng ký | Quản lý tuỳ chọn")


def lay_ocr_bao_in(b, title, paras, trailers):
    r = b.rng
    no = r.randint(50, 400)
    b.f("widget", f"{r.choice(SECTIONS).upper()} {r.randint(2, 16)}")
    b.f("widget", f"SỐ {no} (1{r.randint(1000, 9999)})")
    b.u(title.upper())
    b.f("byline", r.choice(REPORTERS).upper())
    half = max(1, len(paras) // 2)
    for p in paras[:half]:
        b.p(p)
    b.f("caption", f"{b.caption()} ẢNH: {r.choice(SHORT_NAMES).upper()}")
    b.f("widget", f"(Xem tiếp trang {r.randint(3, 15)})")
    b.f("widget", f"{r.choice(WEEKDAYS).upper()} {r.randint(1, 28)}-{r.randint(1, 12)}-{r.randint(2015, 2019)}")
    b.f("widget", f"(Tiếp theo trang {r.randint(1, 3)})")
    for p in paras[half:]:
        b.p(p)
    _trailers(b, trailers)
    b.f("related", f"{b.rel_title().upper()}")
    b.f("related", b.rel_teaser())
    b.f("widget", r.choice(["ĐT: 028.3997 3838 - Fax: 028.3997 1234", "www.baoin.vn", "Giá: 4.500đ"]))


def lay_trinh_doc_man_hinh(b, title, paras, trailers):
    r = b.rng
    b.f("widget", "Bỏ qua để đến nội dung chính")
    b.f("widget", "Liên kết: Trang chủ")
    b.f("widget", f"Danh sách, {r.randint(8, 14)} mục")
    b.f("widget", f"Liên kết: {r.choice(SECTIONS)}")
    b.f("widget", "Hết danh sách")
    b.f("widget", "Tiêu đề cấp 1")
    b.u(title)
    b.u(b.date(1))
    def hook(i):
        if i == 0:
            b.f("caption", f"Hình ảnh: {b.caption()}")
        elif r.random() < .2:
            b.f("related", f"Liên kết: {b.rel_title()}")
    _paras(b, paras, hook)
    _trailers(b, trailers)
    b.f("byline", f"Tác giả: {r.choice(REPORTERS)}")
    b.f("widget", "Nút, Chia sẻ lên Facebook")
    b.f("widget", "Nút, Sao chép đường dẫn")
    b.f("widget", "Vùng: Bài viết liên quan")
    for _ in range(r.randint(2, 4)):
        b.f("related", f"Liên kết: {b.rel_title()}")


def lay_luu_tru_web(b, title, paras, trailers):
    r = b.rng
    y = r.randint(2015, 2019)
    b.f("widget", f"http://{r.choice(['tintuc', 'baomoi', 'thoisu'])}.vn/{r.choice(SECTIONS).lower().replace(' ', '-')}/{r.randint(100000, 999999)}.html")
    b.f("widget", f"{r.randint(2, 90)} ảnh chụp từ {r.randint(1, 28)} thg {r.randint(1, 12)}, {y} đến {r.randint(1, 28)} thg {r.randint(1, 12)}, {y + 3}")
    b.f("widget", "Đóng | Trợ giúp")
    b.f("widget", "Trang này được lưu trữ tự động. Một số hình ảnh có thể không hiển thị.")
    b.u(title)
    b.u(b.date(2))
    b.f("byline", b.byline())
    def hook(i):
        if i == 0:
            b.f("caption", b.caption())
        if i == 1:
            b.f("widget", "[Hình ảnh không khả dụng]")
    _paras(b, paras, hook)
    _trailers(b, trailers)
    b.f("widget", "Bình luận (0)")
    b.f("widget", "Chức năng bình luận đã bị tắt trên bản lưu trữ.")
    for _ in range(r.randint(2, 3)):
        b.f("related", f"- {b.rel_title()}")


def lay_dich_vu_nuoc_ngoai(b, title, paras, trailers):
    r = b.rng
    svc = r.choice(["Đài Châu Á Tự Do", "Đài Tiếng nói Hoa Kỳ", "Đài Phát thanh Quốc tế Pháp", "Đài Đức",
                    "Đài NHK - Ban tiếng Việt", "Đài Phát thanh Úc"])
    b.u(f"{svc} - Tiếng Việt")
    b.f("widget", r.choice(["Tiếng Việt | English | 中文", "Chọn ngôn ngữ", "Nghe trực tiếp ▶"]))
    b.f("widget", r.choice(["Việt Nam", "Thế giới", "Phân tích", "Diễn đàn"]))
    b.u(title)
    b.f("byline", r.choice([f"{r.choice(REPORTERS)}, phóng viên {svc}", f"Gửi cho {svc} từ {r.choice(PLACES)}",
                            f"Ban Việt ngữ - {r.choice(REPORTERS)}"]))
    b.u(b.date(1))
    def hook(i):
        if i == 0:
            c = b.caption()
            b.f("caption", c)
            b.f("credit", r.choice(["Bản quyền hình ảnh Getty Images", f"Ảnh: {r.choice(FOREIGN)}", "Ảnh tư liệu"]))
        if i == 2:
            b.f("widget", "Tin liên quan")
            b.f("related", b.rel_title())
    _paras(b, paras, hook)
    _trailers(b, trailers)
    b.f("credit", r.choice([f"Bài viết có sử dụng thông tin từ {r.choice(FOREIGN)} và {r.choice(FOREIGN)}.",
                            b.src_credit()]))
    b.f("widget", "Ý kiến bạn đọc về bài viết này? Hãy gửi email cho chúng tôi.")
    b.f("widget", "Cùng chuyên mục")
    for _ in range(r.randint(2, 4)):
        b.f("related", b.rel_title())


def lay_bao_phap_luat_chuyen_nganh(b, title, paras, trailers):
    r = b.rng
    b.f("widget", "ĐƯỜNG DÂY NÓNG: 0969.xxx.113 | Email: toasoan@phapluat24.vn")
    b.u("Pháp Luật & Đời Sống 24")
    b.f("widget", "An ninh - Hình sự » " + r.choice(SUBSECTIONS))
    b.u(title)
    b.f("byline", f"{r.choice(REPORTERS)} - {r.choice(SHORT_NAMES)}")
    b.f("widget", f"{b.date(3)} | {r.randint(100, 50000)} lượt đọc")
    def hook(i):
        if i == 0:
            b.f("related", f"Xem thêm: {b.rel_title()}")
        if i == 1:
            b.f("caption", b.caption())
        if i == 3:
            b.f("widget", "Độc giả có thông tin về vụ việc xin liên hệ đường dây nóng của toà soạn.")
    _paras(b, paras, hook)
    _trailers(b, trailers)
    b.f("widget", "Tags: " + " ".join(f"#{t}" for t in r.sample(TAGS, 4)))
    b.f("widget", f"Bình luận ({r.randint(0, 80)})")
    b.f("widget", "Gửi bình luận của bạn. Bình luận sẽ được kiểm duyệt trước khi đăng.")
    b.f("widget", "Tin cùng chuyên mục")
    for _ in range(r.randint(3, 5)):
        b.f("related", b.rel_title())


def lay_dai_truyen_hinh_dia_phuong(b, title, paras, trailers):
    r = b.rng
    prov = r.choice(PLACES)
    b.u(f"ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH {prov.upper()}")
    b.f("widget", "Trang chủ Thời sự Kinh tế Xã hội Video Truyền hình trực tiếp Phát thanh")
    b.f("widget", "🔴 TRỰC TIẾP")
    b.u(title)
    b.f("widget", "Video đang phát")
    b.f("caption", f"Video: {r.choice(['Bản tin thời sự', 'Camera ghi lại', 'Clip'])} {b.rel_caption()}")
    b.f("widget", f"{r.randint(0, 9)}:{r.randint(10, 59)} / {r.randint(1, 4)}:{r.randint(10, 59)}")
    _paras(b, paras, lambda i: b.f("caption", b.caption()) if i == 1 else None)
    _trailers(b, trailers)
    b.f("byline", f"{r.choice(REPORTERS)} - {r.choice(REPORTERS)} (Đài {prov})")
    b.f("widget", f"Cập nhật {b.date(1)}")
    b.f("widget", "Lịch phát sóng | Thời sự 19h | Bản tin nông nghiệp")
    b.f("widget", "VIDEO KHÁC")
    for _ in range(r.randint(2, 4)):
        b.f("related", f"▶ {b.rel_title()}")


def lay_ban_in_pdf(b, title, paras, trailers):
    r = b.rng
    b.f("widget", f"{r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2019, 2024)}, {r.randint(1, 12)}:{r.randint(10, 59)} {r.choice(['SA', 'CH'])}")
    b.u(f"{title} - {r.choice(['Báo Tin Nhanh', 'Thời Báo Online', 'Tin Tức 24'])}")
    b.f("widget", "In bài viết")
    b.u(title)
    b.f("widget", f"{r.choice(SECTIONS)} - {b.date(5)}")
    half = max(1, len(paras) // 2)
    for p in paras[:half]:
        b.p(p)
    b.f("widget", f"https://tintuc24.vn/{r.randint(10000, 99999)}.htm 1/2")
    b.f("widget", f"{r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2019, 2024)}, {r.randint(1, 12)}:{r.randint(10, 59)} {r.choice(['SA', 'CH'])}")
    for p in paras[half:]:
        b.p(p)
    _trailers(b, trailers)
    b.f("byline", b.byline())
    b.f("credit", b.src_credit())
    b.f("widget", f"https://tintuc24.vn/{r.randint(10000, 99999)}.htm 2/2")


def lay_binh_luan_binh_chon(b, title, paras, trailers):
    r = b.rng
    b.u(title)
    b.u(b.date(0))
    b.f("widget", "Nghe bài viết ▶ 0:00")
    _paras(b, paras, lambda i: b.f("caption", b.caption()) if i == 0 else None)
    _trailers(b, trailers)
    b.f("byline", b.byline())
    b.f("widget", "BÌNH CHỌN")
    b.f("widget", r.choice(["Theo bạn, trách nhiệm chính thuộc về ai?", "Bạn có ủng hộ biện pháp xử lý này không?",
                            "Bạn đánh giá thế nào về cách xử lý của chính quyền?"]))
    for o in r.sample(["Chính quyền địa phương", "Người dân", "Doanh nghiệp", "Ủng hộ", "Không ủng hộ", "Ý kiến khác"], 3):
        b.f("widget", f"○ {o}")
    b.f("widget", "Bình chọn | Xem kết quả")
    b.f("widget", f"Ý kiến bạn đọc ({r.randint(3, 300)})")
    b.f("widget", "Mới nhất | Được thích nhất")
    for _ in range(r.randint(3, 5)):
        b.f("widget", f"{r.choice(COMMENTERS)} - {b.stamp()}")
        b.f("widget", r.choice(COMMENTS))
        b.f("widget", f"Thích ({r.randint(0, 400)}) | Trả lời")
    b.f("widget", "Gửi ý kiến")


def lay_bao_kinh_te_tra_phi(b, title, paras, trailers):
    r = b.rng
    b.f("widget", "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý với chính sách cookie. Đồng ý")
    b.f("widget", f"VN-Index {r.randint(900, 1300)},{r.randint(10, 99)} ▲ {r.randint(1, 20)},{r.randint(10, 99)} | HNX {r.randint(100, 250)},{r.randint(10, 99)} ▼ 0,{r.randint(10, 99)} | USD/VND {r.randint(22, 25)}.{r.randint(100, 999)}")
    b.u("Nhịp Sống Thị Trường")
    b.u(title)
    b.f("byline", f"{r.choice(REPORTERS)} • {b.date(1)}")
    b.f("widget", "Lưu bài Chia sẻ Cỡ chữ")
    cut = min(len(paras), r.randint(2, 3))
    _paras(b, paras[:cut], lambda i: b.f("related", f"Đọc thêm: {b.rel_title()}") if i == 0 else None)
    b.f("widget", r.choice(["Nội dung dành cho thành viên Premium.", "Bạn đã đọc hết số bài miễn phí trong tháng."]))
    b.f("widget", r.choice(["Đăng ký chỉ 99.000đ/tháng để đọc tiếp không giới hạn.", "Đăng nhập hoặc đăng ký để đọc tiếp bài viết."]))
    b.f("widget", "Đã là thành viên? Đăng nhập")
    for p in paras[cut:]:
        b.p(p)
    _trailers(b, trailers)
    b.f("credit", b.src_credit())
    b.f("widget", f"{r.choice(SPONSORED)} · {b.ad()}")
    b.f("widget", "TIN MỚI")
    for _ in range(r.randint(2, 4)):
        b.f("related", b.rel_title())
        b.f("widget", b.stamp())


def lay_doc_sau_rss(b, title, paras, trailers):
    r = b.rng
    b.f("widget", r.choice(["Đã lưu vào Đọc sau", "★ Đã đánh dấu", "Lưu ngoại tuyến"]))
    b.u(title)
    b.u(f"{r.choice(['vnexpress.net', 'tuoitre.vn', 'thanhnien.vn', 'dantri.com.vn', 'laodong.vn', 'nld.com.vn'])}")
    b.f("byline", f"bởi {r.choice(REPORTERS)}")
    b.f("widget", f"{r.randint(2, 9)} phút đọc")
    _paras(b, paras, lambda i: b.f("caption", f"[Ảnh] {b.caption()}") if r.random() < .2 else None)
    _trailers(b, trailers)
    if r.random() < .5:
        b.f("credit", b.src_credit())
    b.f("widget", "Mở trong trình duyệt")
    b.f("widget", "Đánh dấu đã đọc · Lưu trữ · Xoá")
    b.f("widget", r.choice(["Tiếp theo trong danh sách", "Bài tiếp theo"]))
    b.f("related", b.rel_title())
    b.f("related", b.rel_teaser())


def lay_dien_dan_dang_lai(b, title, paras, trailers):
    r = b.rng
    b.u(r.choice(["Diễn đàn Xe Việt", "Diễn đàn Hội Phố Cổ", "Cộng đồng Mẹ và Bé"]))
    b.f("widget", "Diễn đàn » Chuyện trên đường » Tin tức")
    b.u(f"[Tin tức] {title}")
    b.f("widget", f"Thảo luận trong '{r.choice(['Quán nước', 'Tin nóng', 'Chuyện đời'])}' bắt đầu bởi {r.choice(COMMENTERS)}, {b.stamp()}")
    b.f("widget", f"#1")
    b.f("widget", r.choice(["Các cụ đọc tin này:", "Copy nguyên văn bài báo:", "Em đăng lại cho các bác tham khảo"]))
    for p in paras:
        b.p(p)
    _trailers(b, trailers)
    b.f("credit", r.choice([f"Nguồn: {r.choice(OUTLETS)}", f"Nguồn bài viết: {r.choice(OUTLETS)}", "Link gốc ở dưới"]))
    b.f("widget", "Click để xem bản đầy đủ...")
    b.f("widget", f"{r.choice(['Sống là phải chất', 'Đi chậm về nhà an toàn', 'Mua bán xe cũ LH 09xx'])}")
    b.f("widget", f"{r.choice(COMMENTERS)} và {r.randint(2, 50)} người khác đã thích bài này.")
    for _ in range(r.randint(2, 4)):
        b.f("widget", f"{r.choice(COMMENTERS)} nói:")
        b.f("widget", r.choice(COMMENTS))
    b.f("widget", "Trả lời")
    b.f("related", f"Chủ đề tương tự: {b.rel_title()}")


_LAYFN = {name: globals()[f"lay_{name}"] for name in LAYOUTS}


# ---------------------------------------------------------------- faults
ZW = ("\u200b", "\u200c", "\ufeff", "\u2060")


def _fault_in(rng: random.Random, s: str, kind: str) -> str:
    sp = [m.start() for m in re.finditer(" ", s)]
    if not sp:
        return s
    if kind == "nbsp":
        for i in sorted(rng.sample(sp, min(len(sp), rng.randint(1, 4))), reverse=True):
            s = s[:i] + "\u00a0" + s[i + 1:]
    elif kind == "double":
        for i in sorted(rng.sample(sp, min(len(sp), rng.randint(1, 3))), reverse=True):
            s = s[:i] + "  " + s[i + 1:]
    elif kind == "zw":
        for i in sorted(rng.sample(sp, min(len(sp), rng.randint(1, 3))), reverse=True):
            s = s[:i + 1] + rng.choice(ZW) + s[i + 1:]
    return s


def apply_faults(rng: random.Random, paras: list[list[str]]) -> tuple[list[list[str]], str]:
    kinds = ["nbsp", "zw", "nfd", "double", "glue"]
    k = rng.choice(kinds)
    if k == "nfd":
        return paras, k
    out = []
    for p in paras:
        p = list(p)
        if k == "glue":
            if len(p) >= 2 and rng.random() < .5:
                j = rng.randrange(len(p) - 1)
                p[j:j + 2] = [p[j] + p[j + 1]]
        else:
            p = [_fault_in(rng, s, k) if rng.random() < .4 else s for s in p]
        out.append(p)
    if k == "glue" and all(len(a) == len(b) for a, b in zip(out, paras)):
        for i, p in enumerate(out):  # make sure at least one glue happens
            if len(p) >= 2:
                out[i] = [p[0] + p[1]] + p[2:]
                break
    return out, k


# ---------------------------------------------------------------- main
def _read_rows(path: Path, rows: range) -> list[tuple[int, dict]]:
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= rows.stop:
                break
            if i < rows.start or not line.strip():
                continue
            try:
                d = json.loads(line)
            except ValueError:
                continue
            if not isinstance(d, dict):
                continue
            t, a = d.get("title"), d.get("article")
            if not isinstance(t, str) or not isinstance(a, str) or not t.strip() or not a.strip():
                continue
            out.append((i, d))
    return out


def _build(idx: int, row_no: int, row: dict, rel_all: list[dict]) -> Page | None:
    rng = random.Random(f"clean_test25:{row_no}")
    layout = LAYOUTS[idx % len(LAYOUTS)]
    title = _norm(row["title"])
    sents, trailers = split_trailers(row["article"])
    if not sents:  # the whole article looked like a trailer: keep it as story
        sents, trailers = split_sentences(row["article"]), []
    # paragraphs: story-own, sometimes a short one-sentence paragraph
    paras = _chunks(rng, sents, 1, 4)
    fault = None
    if rng.random() < 0.27:
        paras, fault = apply_faults(rng, paras)
    rel = rng.sample(rel_all, min(len(rel_all), 14)) if rel_all else [{"title": "Tin khác", "teasers": [], "caption": None}]
    b = Builder(rng, rel)
    _LAYFN[layout](b, title, paras, trailers)
    lines, body, furn = [], [], []
    for kind, line, ss in b.items:
        if not line:
            continue
        lines.append(line)
        if kind == "body":
            body.extend(ss)
        elif kind != "-":
            furn.append((kind, line))
    text = "\n".join(lines)
    if fault == "nfd":
        nf = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
        text, body, furn = nf(text), [nf(s) for s in body], [(k, nf(l)) for k, l in furn]
    return Page(text=text, body=body, furniture=furn, layout=layout)


def pages(train_path: Path) -> list[Page]:
    train_path = Path(train_path)
    rel_all = []
    for _, d in _read_rows(train_path, RELATED_ROWS):
        ri = related_items({"title": d["title"], "article": d["article"][:1200]})
        if ri["title"]:
            rel_all.append(ri)
    out = []
    k = 0
    for row_no, d in _read_rows(train_path, BODY_ROWS):
        p = _build(k, row_no, d, rel_all)
        if p is None:
            continue
        out.append(p)
        k += 1
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(f"usage: {argv[0]} TRAIN.jsonl.gz", file=sys.stderr)
        return 2
    t0 = time.time()
    ps = pages(Path(argv[1]))
    dt = time.time() - t0
    nb = sum(len(p.body) for p in ps)
    nf = sum(len(p.furniture) for p in ps)
    print(f"pages: {len(ps)}  layouts: {len({p.layout for p in ps})}  body sentences: {nb}  "
          f"furniture lines: {nf}  time: {dt:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
