"""clean_test23: blind held-out scraped Vietnamese news pages for the page cleaner.

Standard library only, seeded and deterministic.  Usage:

    python eval/clean_test23/make.py TRAIN.jsonl.gz
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

BODY_ROWS = range(15_300, 15_600)
RELATED_ROWS = range(9_300, 9_700)
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = (
    "sports_liveblog",
    "showbiz_feed",
    "family_magazine",
    "auto_portal",
    "realestate_portal",
    "police_legal_paper",
    "provincial_tv",
    "ministry_portal",
    "foreign_vi_edition",
    "msn_aggregator",
    "rss_reader",
    "markdown_export",
    "notion_clipper",
    "chatbot_paste",
    "zalo_forward",
    "ocr_newspaper",
    "university_news",
    "paywall_epaper",
)
SEED = "clean_test23"
RELATED_CUT = 1_200


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]]
    layout: str


# ---------------------------------------------------------------- reading

def _read_rows(train_path: Path) -> tuple[list[tuple[int, str, str]], list[tuple[str, str]]]:
    body: list[tuple[int, str, str]] = []
    related: list[tuple[str, str]] = []
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop)
    with gzip.open(train_path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= last:
                break
            if i not in BODY_ROWS and i not in RELATED_ROWS:
                continue
            line = line.strip()
            if not line:
                continue
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if not isinstance(row, dict):
                continue
            title = row.get("title")
            article = row.get("article")
            if not isinstance(title, str) or not isinstance(article, str):
                continue
            title = " ".join(title.split())
            if not title or not article.strip():
                continue
            if i in BODY_ROWS:
                body.append((i, title, article))
            else:
                related.append((title, " ".join(article[:RELATED_CUT].split())))
    return body, related


# ---------------------------------------------------------------- sentences

_ABBR = ("TP", "Tp", "GS", "PGS", "TS", "ThS", "BS", "Th.S", "Mr", "Mrs", "Ms", "Dr", "St",
         "Q", "P", "ĐH", "Ths", "Bs", "TT", "ông", "bà", "No", "v.v", "TX")
_UP = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_BOUND = re.compile(r'(?<=[.!?…])\s+(?=["“*(\d' + _UP + "])")


def split_sentences(text: str) -> list[str]:
    text = " ".join(text.split())
    out: list[str] = []
    start = 0
    for m in _BOUND.finditer(text):
        head = text[start:m.start()]
        word = head.rsplit(" ", 1)[-1].rstrip(".")
        if word in _ABBR or (len(word) == 1 and word.isupper()):
            continue
        if len(head) < 12:
            continue
        if head.count('"') % 2 and len(head) < 700:
            continue  # inside a quotation
        out.append(head.strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


_NAME = r"[" + _UP + r"][\w']*(?:[ -]+[" + _UP + r"][\w']*){0,4}"
_BYLINE_RE = re.compile(r"^(" + _NAME + r")(?:\s*(?:ghi|thực hiện|tổng hợp))?(?:\s*\((Theo [^()]{2,40}|[Tt]ổng hợp|[Tt]heo [^()]{2,40}|[Ll]ược dịch)\))?$")
_CREDIT_RE = re.compile(r"^\(?(Theo|Nguồn:?) [^,;()]{2,40}\)?\.?$")
_MORE_RE = re.compile(r"^(\*\s*)?(Xem thêm|Đọc thêm|Mời (bạn|quý vị) (đọc|xem)|Còn tiếp|Kỳ tới|Kỳ sau|Tin liên quan|Bài liên quan)\b", re.I)


def split_trailers(sents: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Peel furniture glued at the end of a VietNews article."""
    trailers: list[tuple[str, str]] = []
    sents = list(sents)
    # a trailer glued after the last sentence inside the same chunk
    while sents:
        last = sents[-1]
        m = re.search(r"(?<=[.!?:”\"])\s+(\*?\s*(?:Xem thêm|Đọc thêm|Còn tiếp)\b.*)$", last)
        if m and m.start(1) > 10:
            sents[-1] = last[:m.start(1)].strip()
            sents.append(m.group(1).strip())
            continue
        break
    while len(sents) > 1:
        last = sents[-1]
        if _MORE_RE.match(last):
            body = re.sub(r"^\*\s*", "", last)
            kind = "related" if re.match(r"(?i)(còn tiếp|kỳ tới|kỳ sau|tin liên quan|bài liên quan)\s*:\s*\S", body) else "widget"
            trailers.insert(0, (kind, body))
            sents.pop()
            continue
        if len(last) <= 60 and _CREDIT_RE.match(last):
            trailers.insert(0, ("credit", last.strip("()").rstrip(".") if last.startswith("(") else last))
            sents.pop()
            continue
        m = _BYLINE_RE.match(last) if len(last) <= 70 and not re.search(r"[.!?:;,\"”]$", last) else None
        if m and len(last.split()) <= 10:
            if m.group(2):
                trailers.insert(0, ("credit", m.group(2)))
                trailers.insert(0, ("byline", last[:last.index("(")].strip()))
            else:
                trailers.insert(0, ("byline", last))
            sents.pop()
            continue
        break
    return [s for s in sents if s], trailers


def paragraphs(rng: random.Random, sents: list[str]) -> list[list[str]]:
    paras: list[list[str]] = []
    i = 0
    while i < len(sents):
        n = rng.choice((1, 2, 2, 3, 3, 4))
        paras.append(sents[i:i + n])
        i += n
    return paras


# ---------------------------------------------------------------- faults

_FAULTS = ("nbsp", "zwsp", "nfd", "double", "glue")


def _inner_spaces(s: str) -> list[int]:
    return [i for i, ch in enumerate(s) if ch == " " and 0 < i < len(s) - 1]


def apply_fault(rng: random.Random, paras: list[list[str]], fault: str) -> list[list[str]]:
    out = [list(p) for p in paras]
    if fault == "glue":
        cands = [(pi, si) for pi, p in enumerate(out) for si in range(len(p) - 1)]
        picked = sorted(rng.sample(cands, min(len(cands), rng.randint(1, 2))), reverse=True) if cands else []
        for pi, si in picked:
            p = out[pi]
            if si + 1 < len(p):
                p[si:si + 2] = [p[si] + p[si + 1]]
        return out
    for p in out:
        for si, s in enumerate(p):
            if rng.random() > 0.5:
                continue
            spaces = _inner_spaces(s)
            if not spaces:
                continue
            chosen = sorted(rng.sample(spaces, min(len(spaces), rng.randint(1, 3))), reverse=True)
            for j in chosen:
                if fault == "nbsp":
                    s = s[:j] + "\u00a0" + s[j + 1:]
                elif fault == "double":
                    s = s[:j] + "  " + s[j + 1:]
                elif fault == "zwsp":
                    s = s[:j] + rng.choice(("\u200b", "\u200c", "\ufeff", "\u200b")) + s[j:]
            p[si] = s
    return out


# ---------------------------------------------------------------- vocabulary

SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lương", "Tạ", "Mai", "Kiều")
MIDDLES = ("Văn", "Thị", "Minh", "Thanh", "Hữu", "Ngọc", "Quốc", "Thu", "Đức", "Hoài", "Bảo", "Khánh", "Gia")
GIVENS = ("An", "Bình", "Chi", "Dũng", "Duyên", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hùng", "Khoa",
          "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Nhung", "Phong", "Phúc", "Quân", "Sơn", "Tâm",
          "Thảo", "Trang", "Trung", "Tuấn", "Vy", "Yến", "Toàn", "Hưng", "Khang", "Loan")
OUTLETS = ("Tuổi Trẻ", "Thanh Niên", "VnExpress", "Dân trí", "Lao Động", "Người Lao Động", "Tiền Phong",
           "VietNamNet", "Zing", "Kenh14", "Saostar", "Ngôi sao", "Bóng đá+", "Thể thao 247", "VTV",
           "TTXVN", "Vietnam+", "Công an nhân dân", "Pháp luật TP.HCM", "Phụ nữ Việt Nam", "Gia đình & Xã hội",
           "Sức khoẻ & Đời sống", "Tổ Quốc", "Soha", "Cafef", "Autopro", "Batdongsan", "VOV", "Nhân Dân",
           "Quân đội nhân dân", "Báo Đồng Nai", "Báo Nghệ An", "Đài PT-TH Hà Tĩnh", "Báo Cần Thơ")
FOREIGN = ("Reuters", "AFP", "AP", "BBC", "CNN", "Bloomberg", "Nikkei Asia", "Yonhap", "Kyodo", "Tân Hoa Xã",
           "The Guardian", "Straits Times", "SCMP", "Al Jazeera", "NHK", "KBS", "Sputnik", "DW", "VOA", "RFA")
PLACES = ("Hà Nội", "TP.HCM", "Đà Nẵng", "Cần Thơ", "Hải Phòng", "Nghệ An", "Thanh Hoá", "Quảng Ninh",
          "Lâm Đồng", "Đắk Lắk", "Bình Dương", "Khánh Hoà", "Huế", "Sơn La", "Cà Mau", "Bắc Ninh")
SECTIONS = ("Thời sự", "Xã hội", "Giáo dục", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật",
            "Sức khoẻ", "Đời sống", "Du lịch", "Công nghệ", "Xe", "Bất động sản", "Nhịp sống trẻ", "Văn hoá")
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


class Ctx:
    def __init__(self, rng: random.Random, title: str, paras: list[list[str]],
                 related: list[tuple[str, str]], trailers: list[tuple[str, str]]):
        self.rng = rng
        self.title = title
        self.paras = paras
        self.trailers = trailers
        self._rel = rng.sample(related, min(len(related), 14)) if related else []
        self._ri = 0
        y, mo, d = rng.randint(2017, 2019), rng.randint(1, 12), rng.randint(1, 28)
        self.y, self.mo, self.d = y, mo, d
        self.h, self.mi = rng.randint(5, 23), rng.randint(0, 59)
        self.wd = rng.choice(WEEKDAYS)

    # -- pieces
    def c(self, seq):
        return self.rng.choice(seq)

    def name(self) -> str:
        r = self.rng
        if r.random() < 0.45:
            return f"{r.choice(MIDDLES)} {r.choice(GIVENS)}"
        return f"{r.choice(SURNAMES)} {r.choice(MIDDLES)} {r.choice(GIVENS)}"

    def date(self, style: int | None = None) -> str:
        s = self.rng.randint(0, 7) if style is None else style
        d, mo, y, h, mi, wd = self.d, self.mo, self.y, self.h, self.mi, self.wd
        return (
            f"{wd}, {d}/{mo}/{y}, {h:02d}:{mi:02d} (GMT+7)",
            f"{d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}",
            f"{h:02d}:{mi:02d} ngày {d:02d}/{mo:02d}/{y}",
            f"Cập nhật: {h:02d}:{mi:02d} {d:02d}/{mo:02d}/{y}",
            f"{wd.lower()}, ngày {d} tháng {mo} năm {y}",
            f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:00+07:00",
            f"Đăng lúc {h}h{mi:02d}, {d}-{mo}-{y}",
            f"{d} thg {mo}, {y}",
        )[s]

    def rel(self) -> tuple[str, str]:
        if not self._rel:
            return ("Tin tức tổng hợp trong ngày", "Cập nhật những tin tức mới nhất trong ngày.")
        t = self._rel[self._ri % len(self._rel)]
        self._ri += 1
        return t

    def rel_title(self) -> str:
        return self.rel()[0]

    def rel_first(self) -> str:
        """First sentence of another story (teasers, captions that look like sentences)."""
        art = self.rel()[1]
        s = split_sentences(art)
        first = s[0] if s else art
        return first if len(first) <= 240 else first[:first.rfind(" ", 0, 200)] + "..."

    def teaser(self) -> str:
        art = self.rel()[1]
        n = self.rng.randint(110, 190)
        if len(art) <= n:
            return art
        return art[:art.rfind(" ", 0, n)].rstrip(",;: ") + "..."

    def byline(self) -> str:
        n, m = self.name(), self.name()
        return self.c((
            n.upper(), n, f"{n} - {m}", f"Bài, ảnh: {n}", f"Bài và ảnh: {n}", f"Nhóm phóng viên",
            f"Phóng viên {n}", f"Tác giả: {n}", f"Thực hiện: {n}", f"{n} (thực hiện)", f"Ghi chép của {n}",
            f"{n} | {self.date(1)}", f"Bởi {n}", f"{n.upper()} - {m.upper()}", f"{n} (ghi)",
            f"Nhóm PV {self.c(PLACES)}", f"{n} - {self.c(('PV', 'CTV', 'Phóng viên thường trú'))} {self.c(PLACES)}",
            f"{n}/VOV-{self.c(('Tây Bắc', 'ĐBSCL', 'Miền Trung', 'Tây Nguyên'))}", f"Viết bởi {n}",
        ))

    def credit(self) -> str:
        n = self.name()
        o = self.c(OUTLETS)
        f = self.c(FOREIGN)
        return self.c((
            f"Theo {o}", f"(Theo {o})", f"Nguồn: {o}", f"Theo {f}", f"Ảnh: {n}", f"Ảnh: {f}",
            f"Video: {n}", f"Lược dịch từ {f}", f"Biên dịch: {n}", f"(Theo {f})",
            f"Nguồn ảnh: Facebook nhân vật", f"Ảnh: TTXVN", f"Theo {o} - {n}",
            f"Bài viết được đăng lại với sự đồng ý của báo {o}", f"Nguồn: {f}, {self.c(FOREIGN)}",
            f"{n} (theo {f})", f"Ảnh minh hoạ: Internet", f"Ảnh: FBNV", f"Thanh Hà dịch từ {f}",
            f"Tin: {n} - Ảnh: {self.name()}", f"Đồ hoạ: {n}", f"Video: {o}",
        ))

    def entities(self) -> list[str]:
        if not hasattr(self, "_ents"):
            pat = re.compile(r"(?<![\w])((?i:ông|bà|anh|chị|cô|chú|bác|thầy|cháu|ca sĩ|diễn viên|nghệ sĩ|nữ sinh|nam sinh))"
                             r" ([" + _UP + r"]\w+(?: [" + _UP + r"]\w+){0,3})")
            seen: list[str] = []
            for p in self.paras:
                for sent in p:
                    for m in pat.finditer(sent):
                        if not m.group(1)[0].islower() and m.start() > 0:
                            continue
                        e = m.group(1).lower().capitalize() + " " + m.group(2)
                        if e not in seen:
                            seen.append(e)
            self._ents = seen
        return self._ents

    def caption(self) -> str:
        r = self.rng.random()
        n = self.name()
        p = self.c(PLACES)
        ents = self.entities()
        if ents and r > 0.65:
            e = self.c(ents)
            return self.c((
                f"{e} - Ảnh: NVCC", f"{e} (bên phải) chia sẻ tại chương trình. Ảnh: {n}",
                f"{e} trong buổi trò chuyện với phóng viên.",
                f"{e} (thứ hai từ trái sang) tại sự kiện - Ảnh: {self.c(OUTLETS)}",
                f"{e} kể lại sự việc. Ảnh: {n}", f"{e} - Ảnh: {n}", f"{e} (ảnh nhân vật cung cấp)",
            ))
        if r < 0.4:
            cap = self.rel_first()
            if self.rng.random() < 0.5 and "Ảnh" not in cap:
                cap = cap.rstrip() + " " + self.c((f"Ảnh: {n}", f"Ảnh: {self.c(FOREIGN)}", "(Ảnh minh hoạ)", f"Ảnh: {self.c(OUTLETS)}", "Ảnh: CTV"))
            return cap
        return self.c((
            f"Quang cảnh buổi lễ tại {p}. Ảnh: {n}",
            f"Lực lượng chức năng làm việc tại hiện trường (ảnh: Công an {p} cung cấp)",
            f"Ảnh minh hoạ",
            f"Video: Toàn cảnh sự việc (nguồn: {self.c(OUTLETS)})",
            f"Người dân {p} đi lại trên tuyến đường vào sáng {self.wd.lower()}.",
            f"Các đại biểu tham dự chương trình - Ảnh: {n}",
            f"Nhiều người cho biết họ chưa từng chứng kiến cảnh tượng như vậy. (Ảnh: {n})",
            f"Hình ảnh được cư dân mạng chia sẻ trên mạng xã hội.",
            f"Ảnh chụp màn hình clip",
            f"▲ Khung cảnh nhìn từ trên cao. Ảnh: {n}",
            f"Bên trong khu vực được phong toả ở {p}. Ảnh: {self.c(FOREIGN)}",
            f"Clip: {n} ghi lại từ hiện trường",
            f"Infographic: {self.c(('Thanh Huyền', 'Đồ hoạ TTXVN', 'Tiến Thành'))}",
            f"Ảnh 1 / 12",
            f"(Ảnh: Internet)",
            f"Nhân vật trong bài chia sẻ cảm xúc với phóng viên.",
            f"Ông {n} trao đổi với phóng viên tại {p}. Ảnh: {self.name()}",
        ))

    def comment(self) -> str:
        n = self.name()
        p = self.c(PLACES)
        text = self.c((
            "Bài viết rất hay, cảm ơn tác giả!", "Mong cơ quan chức năng sớm vào cuộc xử lý nghiêm.",
            "Đọc mà thấy xót xa quá.", "Tôi thấy việc này lẽ ra phải làm từ lâu rồi.",
            "Ủng hộ, nên nhân rộng mô hình này ra cả nước.", "Thông tin bổ ích, đã chia sẻ cho cả nhà đọc.",
            "Không biết giá này đã bao gồm thuế chưa ad ơi?", "Sao bây giờ mới đưa tin vậy?",
            "Hy vọng mọi chuyện sớm ổn thoả.", "Ở quê tôi cũng y như vậy, chẳng ai quan tâm.",
        ))
        return self.c((f"{n}: {text}", f"{n} - {p}: {text}", text, f"{n} ({p}) {self.h:02d}:{self.mi:02d} | {text}"))

    def ad(self) -> str:
        return self.c((
            "Chỉ từ 199.000 đồng, bạn đã có thể sở hữu máy lọc nước thông minh cho cả gia đình. Mua ngay!",
            "Vay tiêu dùng lãi suất 0% trong 30 ngày đầu, giải ngân chỉ trong 15 phút.",
            "Quảng cáo", "QUẢNG CÁO", "Nội dung tài trợ", "Tài trợ bởi Vinamilk",
            "Giảm ngay 50% khi đặt tour Phú Quốc 3 ngày 2 đêm trong tháng này, số lượng có hạn.",
            "Căn hộ view sông, thanh toán 30% nhận nhà ngay, chiết khấu đến 8%. Hotline: 0909 123 456",
            "Học tiếng Anh cùng giáo viên bản ngữ, cam kết đầu ra IELTS 6.5. Đăng ký học thử miễn phí!",
            "Bạn đang bị đau lưng, mỏi gối? Thảo dược X giúp giảm đau chỉ sau 7 ngày sử dụng.",
            "Mở tài khoản online, nhận ngay 100.000 đồng vào ví. Tải ứng dụng ngay hôm nay.",
            "Advertisement", "Tắt quảng cáo", "Đóng quảng cáo [x]",
            "Sản phẩm này không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh.",
        ))

    def share(self) -> str:
        return self.c((
            "Chia sẻ", "Chia sẻ Facebook Zalo Twitter", "Thích 1,2K Chia sẻ", "f Chia sẻ | Tweet | Gửi email",
            "Lưu bài viết", "Sao chép liên kết", "In bài viết", "A- A A+", "Cỡ chữ: A A A",
            f"{self.rng.randint(2, 900)} bình luận", f"{self.rng.randint(100, 99000)} lượt xem",
            "Gửi góp ý", "Theo dõi trên Google News", "Bình luận (0)", "Báo lỗi bài viết",
        ))

    def tags(self) -> str:
        words = self.title.split()
        n = self.rng.randint(2, 4)
        i = self.rng.randint(0, max(0, len(words) - n))
        tags = [" ".join(words[i:i + n]).strip(" ,.:;?!\"'").lower() or "tin tức",
                self.c(SECTIONS).lower(), self.c(PLACES),
                self.c(("tin nóng", "đời sống", "sự kiện nổi bật", "người tốt việc tốt", "an sinh xã hội", "giới trẻ"))]
        tags = tags[:self.rng.randint(2, 4)]
        style = self.rng.randint(0, 3)
        if style == 0:
            return "Từ khoá: " + ", ".join(tags)
        if style == 1:
            return "Tags: " + " | ".join(tags)
        if style == 2:
            return " ".join("#" + t.replace(" ", "") for t in tags)
        return "Chủ đề: " + " · ".join(tags)

    def story(self, inserts: list[tuple[str, str]], *, early: int = 0) -> list:
        """Paragraphs with mid-story furniture placed between them (not before paragraph `early`)."""
        n = len(self.paras)
        slots = [self.rng.randint(min(max(1, early), n), n) for _ in inserts]
        out: list = []
        for i, p in enumerate(self.paras):
            for (k, line), s in zip(inserts, slots):
                if s == i:
                    out.append((k, line))
            out.append(("body", p))
        for (k, line), s in zip(inserts, slots):
            if s >= n:
                out.append((k, line))
        return out

    def tail(self) -> list:
        return list(self.trailers)


# ---------------------------------------------------------------- layouts
# Each layout returns entries: ("title"|"date"|"source", line), ("body", [sentences]) or (kind, line).

def L_sports_liveblog(c: Ctx) -> list:
    site = c.c(("Bóng đá+", "Thể thao 247", "Bongda24h", "Thể Thao & Văn Hoá"))
    out = [("widget", c.c(("Trang chủ | Bóng đá Việt Nam | Ngoại hạng Anh | La Liga | Chuyển nhượng | Video",
                         "TRỰC TIẾP  KẾT QUẢ  LỊCH THI ĐẤU  BẢNG XẾP HẠNG"))),
           ("source", site),
           ("widget", c.c(("V-League 2019", "Bóng đá Việt Nam > Đội tuyển quốc gia", "Thể thao › Hậu trường"))),
           ("title", c.title), ("byline", c.byline()), ("date", c.date(2))]
    score = c.c(("HAGL 1-2 Hà Nội FC (Hiệp 2 - 78')", "Việt Nam 0-0 Thái Lan | Phút 90+3",
                 "KẾT THÚC: Man Utd 2-1 Liverpool", "Trực tiếp: U23 Việt Nam vs U23 Jordan (19h00)"))
    ins = [("widget", score), ("related", "Xem thêm: " + c.rel_title()), ("caption", c.caption()),
           ("widget", c.c(("Dự đoán tỉ số trúng thưởng iPhone 11 - Tham gia ngay", "Bình chọn cầu thủ xuất sắc nhất trận đấu")))]
    out += c.story(ins, early=1) + c.tail()
    out += [("widget", c.tags()), ("widget", "TIN LIÊN QUAN" if c.rng.random() < .5 else "Tin cùng chuyên mục")]
    out += [("related", c.rel_title()) for _ in range(c.rng.randint(2, 4))]
    out += [("widget", c.comment()), ("widget", c.c(("Trả lời · Thích · 2 giờ", "Trả lời  |  12 thích")))]
    return out


def L_showbiz_feed(c: Ctx) -> list:
    out = [("widget", c.c(("Kenh14.vn", "Star • Cine • Musik • Beauty • Fashion", "Saostar › Sao Việt"))),
           ("title", c.title), ("date", c.date(3)),
           ("byline", c.c((f"Bởi {c.name()} | {c.c(OUTLETS)}", c.byline()))),
           ("widget", c.c(("❤️ 2,3K  💬 184  ↗️ Chia sẻ", "Bạn đang đọc: Sao Việt", "Hot 🔥")))]
    ins = [("caption", c.caption()), ("caption", c.caption()), ("widget", "Cuộn xuống để tiếp tục đọc"),
           ("related", c.c(("▶ ", "👉 ", "")) + c.rel_title()), ("credit", c.c((f"Ảnh: FBNV", f"Ảnh: Instagram nhân vật", f"Ảnh: Chụp màn hình")))]
    out += c.story(ins, early=1) + c.tail()
    out += [("credit", c.c((f"Theo {c.c(('Tổ Quốc', 'Trí Thức Trẻ', 'Soha', 'Người Đưa Tin', 'Dân Việt'))}", f"Nguồn: {c.c(OUTLETS)}")))]
    out += [("widget", c.c(("#saoviet #showbiz #hot", "#Kenh14 #Drama #TinHot", c.tags()))),
            ("widget", "Bình chọn: Bạn thấy phản ứng của nghệ sĩ như vậy có hợp lý?"),
            ("widget", c.c(("Hợp lý (64%)", "Có, hoàn toàn hợp lý"))), ("widget", c.c(("Không (36%)", "Không, hơi quá đà"))),
            ("widget", "Đọc thêm bài viết hay"), ("related", c.rel_title()), ("related", c.teaser())]
    return out


def L_family_magazine(c: Ctx) -> list:
    src = c.c(("Phụ nữ Việt Nam", "Gia đình & Xã hội", "Mẹ và Bé Online", "Tạp chí Đẹp", "Phụ nữ Today"))
    out = [("source", src), ("widget", c.c(("Làm mẹ | Sức khoẻ | Hôn nhân | Bếp nhà | Làm đẹp", "Gia đình - Làm mẹ"))),
           ("title", c.title), ("byline", f"{c.name()} {c.c(('(tổng hợp)', '(t/h)', '- Theo Kenh14'))}"), ("date", c.date(0))]
    ins = [("widget", c.ad()), ("caption", c.caption()),
           ("widget", c.c(("Mẹ bầu nên bổ sung sữa hạt mỗi ngày để con thông minh, mẹ khoẻ đẹp - xem ngay ưu đãi.",
                           "Đăng ký nhận cẩm nang chăm con khoa học miễn phí qua email."))),
           ("related", c.c(("Có thể mẹ quan tâm: ", "Xem thêm: ", "")) + c.rel_title())]
    out += c.story(ins, early=2) + c.tail()
    out += [("widget", "* Thông tin trong bài chỉ mang tính chất tham khảo, không thay thế cho chẩn đoán của bác sĩ."),
            ("widget", c.c(("Bài viết có hữu ích với bạn không?", "Bạn thấy bài viết này thế nào?"))),
            ("widget", "Có 👍   Không 👎"), ("widget", c.comment()), ("widget", c.comment())]
    return out


def L_auto_portal(c: Ctx) -> list:
    out = [("widget", c.c(("Autopro › Tin tức › Xe mới", "Xe | Đánh giá xe | Giá xe | Xe điện | Tư vấn"))),
           ("title", c.title), ("date", c.date(1)), ("byline", c.byline()),
           ("widget", c.c(("Trong bài viết này: Ngoại thất · Nội thất · Vận hành · Giá bán", "Mục lục: 1. Tổng quan 2. Thông số 3. Giá bán")))]
    ins = [("caption", c.caption()),
           ("widget", c.c(("Giá lăn bánh VinFast Lux A2.0 tháng này: từ 1,12 tỷ đồng. Đăng ký lái thử", "Bảng giá xe Toyota mới nhất - Xem chi tiết"))),
           ("widget", c.c(("Tính chi phí lăn bánh", "Dự toán trả góp: trả trước 20%, lãi suất 7,9%/năm"))),
           ("caption", c.caption())]
    out += c.story(ins, early=1) + c.tail()
    out += [("credit", c.c((f"Ảnh: {c.name()}", f"Theo {c.c(('Motor1', 'Carscoops', 'Car and Driver', 'Paultan'))}", c.credit()))),
            ("widget", "Có thể bạn quan tâm"), ("related", c.rel_title()), ("related", c.rel_title()),
            ("widget", c.c(("Chia sẻ ý kiến của bạn về mẫu xe này", "Gửi bài cộng tác: toasoan@xe.vn")))]
    return out


def L_realestate_portal(c: Ctx) -> list:
    out = [("source", c.c(("Batdongsan.com.vn", "Nhà đất Online", "CafeLand", "Reatimes"))),
           ("widget", "Tin tức > Thị trường > Phân tích - nhận định"), ("title", c.title),
           ("byline", c.byline()), ("date", c.date(6)), ("widget", c.share())]
    ins = [("widget", c.c(("Dự án nổi bật: Căn hộ ven sông chỉ từ 35 triệu/m², sổ hồng lâu dài. Liên hệ 0912 345 678",
                           "Bán nhà mặt tiền quận 7, 5x20m, giá 12 tỷ, thương lượng chính chủ."))),
           ("caption", c.caption()), ("related", "Tin liên quan: " + c.rel_title())]
    out += c.story(ins, early=1) + c.tail()
    out += [("widget", "Đăng tin bất động sản miễn phí"),
            ("widget", c.c(("Nhận bản tin thị trường hằng tuần qua email", "Tải ứng dụng để nhận thông báo giá mới nhất"))),
            ("widget", "Tin xem nhiều"), ("related", f"1. {c.rel_title()}"), ("related", f"2. {c.rel_title()}"), ("related", f"3. {c.rel_title()}"),
            ("widget", "© 2008-2019 Bản quyền thuộc về công ty. Giấy phép số 123/GP-BTTTT.")]
    return out


def L_police_legal_paper(c: Ctx) -> list:
    out = [("source", c.c(("Công an nhân dân", "Pháp luật Việt Nam", "Bảo vệ pháp luật", "Pháp luật TP.HCM", "An ninh Thủ đô"))),
           ("widget", c.c(("Đường dây nóng: 069.2345.678", "Hotline: 0979.11.22.33 | Email: toasoan@anninh.vn"))),
           ("widget", c.c(("Pháp luật › Vụ án", "An ninh trật tự", "Hồ sơ vụ án"))),
           ("title", c.title), ("date", c.date(0))]
    ins = [("caption", c.caption()), ("related", c.c(("» ", "+ ", "")) + c.rel_title()),
           ("widget", "Bạn đọc có thông tin về vụ việc xin liên hệ đường dây nóng của báo.")]
    out += c.story(ins, early=1) + c.tail()
    out += [("byline", c.name().upper() if c.rng.random() < .6 else c.byline()),
            ("credit", c.c(("(Theo CAND)", "Theo Công an nhân dân", f"Nguồn: Công an tỉnh {c.c(PLACES)}", c.credit()))),
            ("widget", c.tags()), ("widget", "Cùng chuyên mục"), ("related", c.rel_title()), ("related", c.rel_title()),
            ("widget", f"Tổng biên tập: {c.name()} | Toà soạn: 92 Nguyễn Du, Hà Nội")]
    return out


def L_provincial_tv(c: Ctx) -> list:
    p = c.c(PLACES)
    out = [("source", f"Đài Phát thanh và Truyền hình {p}"),
           ("widget", c.c(("Trang chủ Thời sự Kinh tế Văn hoá - Xã hội Truyền hình Phát thanh", "TRUYỀN HÌNH TRỰC TUYẾN | PHÁT THANH"))),
           ("title", c.title), ("date", c.date(4))]
    ins = [("caption", f"Video: {c.c(('Bản tin Thời sự 19h', 'Chào buổi sáng', 'Thời sự trưa'))} ngày {c.d}/{c.mo}"),
           ("caption", c.caption()), ("widget", c.c(("00:00 / 02:37", "▶ Phát", "Nghe đọc bài viết")))]
    out += c.story(ins, early=0) + c.tail()
    out += [("byline", c.c((f"{c.name()} - {c.name()}", f"BTV: {c.name()}", c.byline(), f"PV {c.name()} - KTV {c.name()}"))),
            ("widget", f"Lượt xem: {c.rng.randint(30, 9000)}"),
            ("widget", "Lịch phát sóng"), ("widget", c.c(("19:00 Thời sự tổng hợp", "20:10 Phim truyện: Hương sắc đồng quê (tập 12)"))),
            ("related", c.rel_title()), ("related", c.rel_title()),
            ("widget", f"Địa chỉ: số 1 đường Trần Phú, {p}. Giấy phép số 456/GP-TTĐT")]
    return out


def L_ministry_portal(c: Ctx) -> list:
    org = c.c(("Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Bộ Lao động - Thương binh và Xã hội", "Bộ Văn hoá, Thể thao và Du lịch",
               f"UBND tỉnh {c.c(PLACES)}", "Bộ Công Thương"))
    out = [("source", f"Cổng thông tin điện tử {org}"),
           ("widget", c.c(("Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Hỏi đáp", "Đăng nhập | English | Sơ đồ cổng"))),
           ("widget", "Tin tức - Sự kiện > Tin hoạt động"), ("title", c.title),
           ("date", c.date(3)), ("widget", "In bài | Gửi email | Lưu")]
    ins = [("caption", c.caption())]
    out += c.story(ins, early=1) + c.tail()
    out += [("byline", c.c((f"Văn phòng {org}", f"Vụ Truyền thông - {c.name()}", c.byline()))),
            ("credit", c.c((f"Nguồn: {c.c(('Báo Chính phủ', 'TTXVN', 'Báo Nhân Dân'))}", c.credit()))),
            ("widget", "Các tin khác"), ("related", f"{c.rel_title()} ({c.d:02d}/{c.mo:02d}/{c.y})"),
            ("related", f"{c.rel_title()} ({c.d:02d}/{c.mo:02d}/{c.y})"),
            ("widget", f"Số lượt truy cập: {c.rng.randint(10**6, 10**8):,}".replace(",", ".")),
            ("widget", f"Bản quyền thuộc {org}. Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.")]
    return out


def L_foreign_vi_edition(c: Ctx) -> list:
    src = c.c(("VOA Tiếng Việt", "RFA Tiếng Việt", "DW Tiếng Việt", "Sputnik Việt Nam", "NHK WORLD-JAPAN", "KBS WORLD Tiếng Việt"))
    out = [("widget", "Trang web này sử dụng cookie để cải thiện trải nghiệm. Tiếp tục duyệt nghĩa là bạn đồng ý. Chấp nhận"),
           ("source", src), ("widget", c.c(("Việt Nam | Thế giới | Hoa Kỳ | Chuyên đề | Video", "Tin tức | Chương trình | Podcast"))),
           ("title", c.title), ("date", c.date(c.c((0, 5, 7)))),
           ("widget", c.c(("Nghe bài này", "Nghe 🔊 03:12", "Phần âm thanh đã có")))]
    ins = [("caption", c.caption()), ("widget", c.c(("Xem thêm tin tức trên ứng dụng của chúng tôi.", "Đăng ký nhận bản tin mỗi sáng qua email"))),
           ("related", "Có thể bạn quan tâm: " + c.rel_title())]
    out += c.story(ins, early=1) + c.tail()
    out += [("credit", c.c((f"Theo {c.c(FOREIGN)}, {c.c(FOREIGN)}", f"Nguồn: {c.c(FOREIGN)}", "Theo Reuters/AFP"))),
            ("byline", c.byline()),
            ("widget", c.c(("Diễn đàn này đã đóng lại.", "Ý kiến bạn đọc được kiểm duyệt trước khi đăng."))),
            ("widget", "Xem thêm"), ("related", c.rel_title()), ("related", c.teaser()),
            ("widget", c.c(("Facebook | YouTube | Telegram | RSS", "Tải ứng dụng VOA Tiếng Việt")))]
    return out


def L_msn_aggregator(c: Ctx) -> list:
    o = c.c(OUTLETS)
    out = [("widget", "Microsoft Start"), ("source", f"{o}"),
           ("widget", c.c((f"{c.rng.randint(2, 23)} giờ trước", f"{c.rng.randint(2, 59)} phút trước"))),
           ("title", c.title), ("byline", c.c((f"Câu chuyện của {c.name()}", f"Bài của {c.name()}", c.byline()))),
           ("widget", c.c(("Theo dõi", "+ Theo dõi nhà xuất bản")))]
    ins = [("widget", c.c(("Nội dung được tài trợ", "Được tài trợ"))), ("widget", c.ad()),
           ("caption", c.caption()), ("related", c.teaser())]
    out += c.story(ins, early=2) + c.tail()
    out += [("credit", f"© {o}"), ("widget", c.c((f"Xem thêm trên {o}", f"Tiếp tục đọc trên {o}"))),
            ("widget", "Cảm xúc: 👍 12  😮 3  😢 1"), ("widget", "Có liên quan"),
            ("related", c.rel_title()), ("related", c.rel_title()), ("widget", "Phản hồi")]
    return out


def L_rss_reader(c: Ctx) -> list:
    o = c.c(OUTLETS)
    out = [("widget", c.c(("Flipboard • Tin tức Việt Nam", "Feedly › Tin trong nước", "Inoreader - Tất cả bài viết"))),
           ("source", f"{o} - {c.c(SECTIONS)}"), ("title", c.title),
           ("widget", c.c((f"{c.rng.randint(2, 12)} phút đọc", f"Đọc trong {c.rng.randint(2, 12)} phút"))),
           ("date", c.date(c.c((5, 7, 1))))]
    out += c.story([("caption", c.caption())], early=1) + c.tail()
    out += [("widget", c.c(("Mở bài gốc", "Xem trên trang web ↗", "Visit website"))),
            ("widget", c.c(("Đã lưu vào Đọc sau", "Đánh dấu đã đọc", "★ Lưu  ↗ Chia sẻ  ✓ Đã đọc"))),
            ("widget", f"Thêm từ {o}"), ("related", c.rel_title()),
            ("related", c.rel_title()), ("related", c.teaser())]
    return out


def L_markdown_export(c: Ctx) -> list:
    host = c.c(("tuoitre.vn", "thanhnien.vn", "vnexpress.net", "dantri.com.vn", "zingnews.vn"))
    slug = "-".join(re.findall(r"\w+", unicodedata.normalize("NFD", c.title).encode("ascii", "ignore").decode().lower()))[:60]
    out = [("title", f"# {c.title}"), ("source", f"Nguồn: https://{host}/{slug}-{c.rng.randint(10**6, 10**7)}.htm"),
           ("widget", c.c(("tags: #tintuc #docsau", "Tags: [[Tin tức]] [[Xã hội]]", "---"))),
           ("widget", f"Lưu lúc: {c.date(5)}")]
    ins = [("caption", f"![{c.c(('Ảnh minh hoạ', 'ảnh', 'image'))}](https://cdn.{host}/2019/{c.mo}/{c.d}/anh-{c.rng.randint(1, 99)}.jpg)"),
           ("caption", "> " + c.caption()), ("related", f"**Đọc thêm:** [{c.rel_title()}](https://{host}/)")]
    out += c.story(ins, early=1) + [(k, f"*{line}*" if k == "byline" else line) for k, line in c.tail()]
    out += [("byline", f"*{c.byline()}*"), ("widget", "---"), ("widget", "## Tin liên quan"),
            ("related", f"- [{c.rel_title()}](https://{host}/)"), ("related", f"- [{c.rel_title()}](https://{host}/)"),
            ("widget", "_Xuất từ Pocket_" if c.rng.random() < .5 else "_Saved with Instapaper_")]
    return out


def L_notion_clipper(c: Ctx) -> list:
    o = c.c(OUTLETS)
    out = [("title", c.title), ("widget", f"URL: https://{c.c(('tuoitre.vn', 'laodong.vn', 'tienphong.vn'))}/bai-viet-{c.rng.randint(10**5, 10**6)}"),
           ("widget", f"Created: {c.d} tháng {c.mo}, {c.y} {c.h}:{c.mi:02d}"), ("widget", f"Tags: {c.c(SECTIONS)}, đọc sau"),
           ("source", o), ("byline", c.byline()), ("date", c.date(0))]
    ins = [("caption", c.caption()), ("widget", "Tải ứng dụng để đọc báo nhanh hơn"), ("caption", c.caption())]
    out += c.story(ins, early=1) + c.tail()
    out += [("credit", c.credit()), ("widget", c.c(("Clipped with Evernote Web Clipper", "Đã cắt từ trang web bằng Notion Web Clipper"))),
            ("related", c.rel_title())]
    return out


def L_chatbot_paste(c: Ctx) -> list:
    out = [("widget", c.c(("Dưới đây là toàn văn bài báo bạn yêu cầu:", "Chắc chắn rồi! Đây là nội dung bài viết:", "Đây là bài báo đã được trích xuất từ đường link bạn gửi:"))),
           ("title", f"**{c.title}**" if c.rng.random() < .5 else c.title), ("date", c.date(4))]
    out += c.story([], early=1) + c.tail()
    out += [("widget", c.c(("Bạn có muốn tôi tóm tắt bài viết này thành 3 ý chính không?", "Nếu cần, tôi có thể dịch bài viết sang tiếng Anh."))),
            ("widget", c.c(("Lưu ý: nội dung có thể chưa đầy đủ do trang gốc yêu cầu đăng nhập.", "Nguồn tham khảo: đường link bạn cung cấp."))),
            ("widget", c.c(("👍 👎 ⧉ Sao chép", "Tạo lại câu trả lời")))]
    return out


def L_zalo_forward(c: Ctx) -> list:
    who = c.name()
    out = [("widget", f"[Chuyển tiếp] {who}"), ("widget", f"{c.h:02d}:{c.mi:02d}"),
           ("source", c.c(OUTLETS) + c.c((".vn", " Online", ""))), ("title", "📰 " + c.title),
           ("widget", c.c(("https://zalo.me/s/bao/123456", "bit.ly/tin-moi-nhat-24h")))]
    out += c.story([("caption", c.caption())], early=2) + c.tail()
    out += [("widget", c.c(("👍 ❤️ 😆 12", "Đã xem", "❤️ 3"))), ("widget", f"{c.name()}: {c.c(('Ghê quá', 'Đọc đi mọi người', 'Tin này thật không vậy?', 'Cả nhà chú ý nhé'))}"),
            ("related", c.c(("Tin nổi bật: ", "Xem thêm tin: ", "🔥 ")) + c.rel_title()),
            ("widget", c.c(("Nhấn để xem thêm tin từ Báo Mới", "Nhập @, tin nhắn tới nhóm Gia đình")))]
    return out


def L_ocr_newspaper(c: Ctx) -> list:
    paper = c.c(("NHÂN DÂN", "TUỔI TRẺ", "LAO ĐỘNG", "HÀ NỘI MỚI", "SÀI GÒN GIẢI PHÓNG", "THANH NIÊN"))
    out = [("source", f"{paper}"), ("date", f"{c.wd.upper()} {c.d}-{c.mo}-{c.y}"),
           ("widget", c.c((f"Trang {c.rng.randint(2, 15)}", f"• Số {c.rng.randint(10000, 24000)} •", f"{c.c(SECTIONS).upper()}    {c.rng.randint(2, 15)}"))),
           ("title", c.title.upper() if c.rng.random() < .5 else c.title)]
    ins = [("caption", c.caption()), ("widget", f"(Xem tiếp trang {c.rng.randint(3, 15)})"),
           ("widget", c.c(("CẦN BÁN GẤP đất thổ cư 100m², sổ đỏ chính chủ. ĐT: 0913.221.468", f"THÔNG BÁO MẤT GIẤY TỜ: Tôi tên là {c.name()}, đánh rơi giấy phép lái xe hạng B2. Ai nhặt được xin liên hệ 0913.456.789.")))]
    out += c.story(ins, early=1) + c.tail()
    out += [("byline", c.name().upper()), ("related", c.c(("Đón đọc số tới: ", "KỲ TỚI: ", "Số sau: ")) + c.rel_title()),
            ("widget", c.c(("~ ~ ~", "■", f"Trang {c.rng.randint(2, 15)} ▪ {paper}")))]
    return out


def L_university_news(c: Ctx) -> list:
    uni = c.c(("Đại học Quốc gia Hà Nội", "Trường Đại học Bách khoa TP.HCM", "Đại học Huế", "Trường Đại học Cần Thơ", "Học viện Báo chí và Tuyên truyền"))
    out = [("source", uni), ("widget", "Giới thiệu | Tuyển sinh | Đào tạo | Nghiên cứu | Sinh viên | Tin tức"),
           ("widget", "Trang chủ » Tin tức » Hoạt động chung"), ("title", c.title),
           ("date", c.date(1)), ("widget", f"Lượt xem: {c.rng.randint(50, 5000)}")]
    ins = [("caption", c.caption()), ("caption", c.caption())]
    out += c.story(ins, early=1) + c.tail()
    out += [("byline", c.c((f"Phòng Truyền thông - {c.name()}", f"Tin, ảnh: {c.name()}", c.byline()))),
            ("credit", c.c((f"Nguồn: {c.c(OUTLETS)}", c.credit()))),
            ("widget", "Tin cùng chuyên mục"), ("related", c.rel_title()), ("related", c.rel_title()),
            ("widget", f"© {uni}. Địa chỉ liên hệ: Phòng Truyền thông, điện thoại (024) 3754 7xxx".replace("7xxx", "7460"))]
    return out


def L_paywall_epaper(c: Ctx) -> list:
    o = c.c(("Tuổi Trẻ Sao", "Thanh Niên Premium", "VnExpress Plus", "Nhân Dân điện tử", "Người Lao Động Điện tử"))
    out = [("source", o), ("widget", c.c(("Đăng nhập / Đăng ký", "Tài khoản của tôi | Đăng xuất"))),
           ("widget", f"{c.c(SECTIONS)} | Premium"), ("title", c.title),
           ("byline", c.byline()), ("date", c.date(2)),
           ("widget", c.c(("Trong bài viết này", "Nội dung chính"))),
           ("related", f"• {c.rel_title()}"), ("widget", c.c(("🎧 Nghe bài viết (4:05)", "Nghe audio")))]
    ins = [("widget", c.c(("Bạn đã đọc 3/5 bài miễn phí trong tháng này.", "Bài viết dành cho thành viên. Đăng ký chỉ 2.000 đồng/ngày để đọc tiếp."))),
           ("caption", c.caption()), ("widget", c.ad())]
    out += c.story(ins, early=2) + c.tail()
    out += [("widget", "Tặng sao cho tác giả ⭐"), ("widget", f"Đã có {c.rng.randint(3, 400)} bạn đọc tặng sao"),
            ("widget", c.comment()), ("widget", c.comment()), ("widget", "Xem thêm bình luận"),
            ("related", c.teaser())]
    return out


_BUILDERS = {name: globals()["L_" + name] for name in LAYOUTS}


# ---------------------------------------------------------------- assembly

def _fault_for(row: int) -> str | None:
    rng = random.Random(f"{SEED}-fault-{row}")
    if rng.random() < 0.27:
        return rng.choice(_FAULTS)
    return None


def build_page(k: int, row: int, title: str, article: str, related: list[tuple[str, str]]) -> Page | None:
    layout = LAYOUTS[k % len(LAYOUTS)]
    rng = random.Random(f"{SEED}-{row}")
    sents = split_sentences(article)
    sents, trailers = split_trailers(sents)
    if not sents:
        return None
    paras = paragraphs(rng, sents)
    fault = _fault_for(row)
    if fault and fault != "nfd":
        paras = apply_fault(rng, paras, fault)
    ctx = Ctx(rng, title, paras, related, trailers)
    entries = _BUILDERS[layout](ctx)
    body_lines = {" ".join(p) for p in paras}
    body_sents = {s for p in paras for s in p}
    lines: list[str] = []
    body: list[str] = []
    furniture: list[tuple[str, str]] = []
    unlabelled = 0
    for kind, value in entries:
        if kind == "body":
            lines.append(" ".join(value))
            body.extend(value)
            continue
        line = " ".join(value.split())
        if not line or line in body_lines or line in body_sents:
            continue
        if kind in ("title", "date", "source"):
            if unlabelled >= 3:
                kind = "widget"
            else:
                unlabelled += 1
                lines.append(line)
                continue
        lines.append(line)
        furniture.append((kind, line))
    if fault == "nfd":
        nfd = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
        lines = [nfd(x) for x in lines]
        body = [nfd(x) for x in body]
        furniture = [(kd, nfd(x)) for kd, x in furniture]
    return Page(text="\n".join(lines), body=body, furniture=furniture, layout=layout)


def pages(train_path: Path) -> list[Page]:
    body_rows, related = _read_rows(Path(train_path))
    out: list[Page] = []
    for row, title, article in body_rows:
        page = build_page(len(out), row, title, article, related)
        if page is not None:
            out.append(page)
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python make.py TRAIN.jsonl.gz", file=sys.stderr)
        return 2
    t0 = time.time()
    ps = pages(Path(argv[1]))
    n_body = sum(len(p.body) for p in ps)
    n_furn = sum(len(p.furniture) for p in ps)
    kinds = {k: sum(1 for p in ps for kd, _ in p.furniture if kd == k) for k in KINDS}
    print(f"pages: {len(ps)}  layouts: {len({p.layout for p in ps})}")
    print(f"body sentences: {n_body}")
    print(f"furniture lines: {n_furn}  " + "  ".join(f"{k}={v}" for k, v in kinds.items()))
    print(f"time: {time.time() - t0:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
