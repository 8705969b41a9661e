"""Development pages for the cleaner in eight layouts the other sets lack (a DEV set: read it freely).

Bodies: vietnews_train rows 17,000-17,299 (0-based); related headlines and teasers: rows 17,300-17,999.
Layouts (shares about equal): ``mobile`` (AMP/mobile page), ``provincial`` (a provincial paper's
e-page), ``liveblog`` (timestamped entries, newest first or last), ``interview`` (Q&A: the reporter's
questions are story), ``video`` (a video page and its transcript), ``press`` (a press-release repost),
``social`` (forum or Facebook repost with comments), ``newsletter`` (an e-mail digest). One page in ten
is short (2-3 story sentences). Every furniture line is labelled with its kind: ``byline``, ``credit``
(the text came from another outlet), ``caption``, ``related`` (headlines, teasers, pipe rows, "Xem
thêm" items) or ``widget`` (everything else). Title and date lines are neither story nor furniture.
Stdlib only; imports nothing from vnsumm (its own sentence cut).

    pages(train_path) -> list[Page]     # deterministic (seed 2104)
"""
from __future__ import annotations

import gzip
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

SEED = 2104
BODY_RANGE = (17_000, 17_300)
RELATED_RANGE = (17_300, 18_000)
LAYOUTS = ("mobile", "provincial", "liveblog", "interview", "video", "press", "social", "newsletter")
END = ('.', '?', '!', '…', '"', '”', "'", ')', '»')  # a story sentence ends so; others are VietNews leftovers
JUNK = ("> >", ">>", "Xem thêm", "Ảnh:", "Video:", "Clip:", "http", "www.", " | ", "Ảnh minh họa")

NAMES = ["Minh Khôi", "Thu Trang", "Quốc Huy", "Hải Yến", "Đức Anh", "Ngọc Mai", "Văn Phúc", "Bảo Châu",
         "Thanh Tùng", "Kim Liên", "Hữu Nghĩa", "Phương Thảo", "Trọng Đạt", "Mỹ Hạnh", "Công Sơn", "Lan Hương",
         "Nguyễn Tâm", "Trần Quý", "Phạm Duy Khánh", "Lê Thị Ngân", "Hoàng Vũ", "Đặng Hiếu", "Vi Thảo", "Sầm Hùng"]
AGENCIES = ["TTXVN", "TTXVN/Vietnam+", "VNA", "AFP", "Reuters", "AP", "Tân Hoa xã", "Kyodo", "Yonhap", "Sputnik"]
OUTLETS = ["Báo Thanh Hóa", "Báo Nghệ An", "Báo Lạng Sơn", "Báo Cần Thơ", "Báo Gia Lai", "VnExpress", "Tuổi Trẻ",
           "Thanh Niên", "Dân trí", "VietNamNet", "Tiền Phong", "Pháp luật TP.HCM", "Báo Tin tức", "Nhân Dân",
           "Quân đội nhân dân", "Công an nhân dân", "Đài Tiếng nói Việt Nam", "VTV", "Zing", "Báo Lào Cai"]
PROVINCES = ["Thanh Hóa", "Nghệ An", "Quảng Trị", "Bình Định", "Gia Lai", "Tây Ninh", "Hậu Giang", "Yên Bái",
             "Cao Bằng", "Phú Yên", "Bến Tre", "Sơn La"]
CAPTIONS = ["Quang cảnh buổi làm việc", "Người dân đi lại trên tuyến đường mới thông xe",
            "Lực lượng chức năng khám nghiệm hiện trường", "Nông dân thu hoạch lúa vụ hè thu",
            "Đại biểu bấm nút khởi công dự án", "Học sinh trong giờ học tại điểm trường",
            "Tàu cá neo đậu tránh bão", "Khu vực sạt lở được căng dây cảnh báo", "Đối tượng tại cơ quan công an",
            "Bệnh nhân được chăm sóc tại khoa hồi sức", "Hàng dài phương tiện chờ qua trạm thu phí",
            "Du khách tham quan di tích", "Lãnh đạo tỉnh trao quà cho các hộ khó khăn",
            "Hiện trường vụ tai nạn", "Công trình đang được gấp rút hoàn thiện", "Phiên tòa xét xử sơ thẩm"]
COMMENTS = ["Đọc mà thấy xót xa quá, mong mọi người bình an.", "Phải xử lý thật nghiêm để làm gương!",
            "Sao đến giờ mới phát hiện ra vậy?", "Thông tin rất hữu ích, cảm ơn ad đã chia sẻ.",
            "Chuyện này ở quê mình cũng gặp suốt.", "Hy vọng lần này làm đến nơi đến chốn.",
            "Tin nổi bật: dân mình đúng là tuyệt vời", "Ủng hộ anh em lực lượng chức năng 👍",
            "Ai ở gần đó cho hỏi giờ đường đã thông chưa ạ?", "Không biết bao giờ mới có kết luận chính thức.",
            "Chia buồn cùng gia đình nạn nhân.", "Tuyệt vời, cần nhân rộng mô hình này!"]
QUESTIONS = ["Ông đánh giá thế nào về kết quả đạt được thời gian qua?", "Đâu là nguyên nhân chính dẫn đến tình trạng này?",
             "Thời gian tới, đơn vị sẽ có những giải pháp gì?", "Người dân cần lưu ý điều gì?",
             "Vậy trách nhiệm thuộc về ai?", "Khó khăn lớn nhất hiện nay là gì?",
             "Có ý kiến cho rằng quy định này còn nhiều bất cập. Quan điểm của ông ra sao?",
             "Bà có thể chia sẻ cụ thể hơn về vấn đề này?", "Những con số đó nói lên điều gì?",
             "Sự việc đã gây nhiều bức xúc trong dư luận. Cơ quan chức năng đã vào cuộc như thế nào?",
             "Xin ông cho biết lộ trình thực hiện?", "Nếu có sai phạm thì sẽ xử lý ra sao?",
             "Vì sao đến bây giờ mới phát hiện?", "Liệu có tình trạng buông lỏng quản lý hay không?",
             "Kinh phí cho việc này lấy từ đâu?", "Bao giờ thì người dân được nhận hỗ trợ?",
             "Theo bà, bài học rút ra ở đây là gì?", "Ông có kiến nghị gì với cấp trên?",
             "Nhiều bạn đọc thắc mắc vì sao giá lại tăng mạnh như vậy?", "Còn về phía doanh nghiệp thì sao?",
             "Quy trình xử lý cụ thể ra sao, thưa ông?", "Ông có lo ngại sự việc tái diễn?",
             "Trước đó địa phương đã từng cảnh báo chưa?", "Chị có thể kể lại diễn biến hôm đó?",
             "Câu chuyện này được dư luận đặc biệt quan tâm. Anh nghĩ sao về những ý kiến trái chiều?"]


@dataclass
class Page:
    text: str                       # the whole page, lines joined by "\n"
    body: list[str]                 # the story's sentences, in order (this file's own cut)
    furniture: list[tuple[str, str]] = field(default_factory=list)  # (kind, exact line as in text)
    layout: str = ""


def _sentences(text: str) -> list[str]:
    """Cut after ". ", "? ", "! " before a capital, a digit or a quote; pieces under 4 words join the previous one."""
    out: list[str] = []
    for piece in re.split(r"(?<=[.?!])\s+(?=[\"“'(]?\s?[0-9A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ])",
                          " ".join(text.split())):
        if out and len(piece.split()) < 4:
            out[-1] += " " + piece
        elif piece:
            out.append(piece)
    return out


def _read(path: Path, lo: int, hi: int) -> list[dict]:
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= hi:
                break
            if i >= lo and line.strip():
                out.append(json.loads(line))
    return out


class _Builder:
    """Lines of one page, with the story's sentences and the furniture labels kept beside them."""

    def __init__(self, rng: random.Random, related: list[dict]):
        self.rng, self.related = rng, related
        self.lines: list[str] = []
        self.body: list[str] = []
        self.furniture: list[tuple[str, str]] = []

    def add(self, kind: str, line: str) -> None:
        self.lines.append(line)
        self.furniture.append((kind, line))

    def story(self, line: str) -> None:
        if not line.strip():
            return
        self.lines.append(line)
        self.body += _sentences(line)

    def pick(self, *options: str) -> str:
        """One of ``options``, not one this page already shows where a few draws allow."""
        for _ in range(4):
            line = self.rng.choice(options)
            if line not in self.lines:
                break
        return line

    def name(self) -> str:
        return self.rng.choice(NAMES)

    def other(self) -> dict:
        return self.rng.choice(self.related)

    def stamp(self) -> str:
        r = self.rng
        return self.pick(f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2017, 2024)}",
                         f"{r.randint(1, 23)} giờ trước", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}")

    # --- furniture of each kind, in many wordings ---
    def byline(self) -> str:
        a, b, agency = self.name(), self.name(), self.rng.choice(AGENCIES)
        return self.pick(a.upper(), f"{a} - {b}", f"{a.upper()} - {b.upper()}", f"{a}/{agency}", f"({agency})",
                         f"{a} ({agency})", "Nhóm PV", f"Nhóm PV {self.pick('Thời sự', 'Kinh tế', 'Pháp luật')}",
                         f"Bài, ảnh: {a}", f"Bài và ảnh: {a.upper()}", f"Thực hiện: {a} - {b}", f"{a} - {b}/{agency}",
                         f"PV {a}", f"Ghi chép: {a}", f"{a.upper()} (tổng hợp)")

    def credit(self) -> str:
        outlet, a = self.rng.choice(OUTLETS), self.name()
        return self.pick(f"Theo {outlet}", f"Nguồn: {outlet}", f"(Theo {outlet})", f"Lược dịch từ {self.rng.choice(AGENCIES)}",
                         f"{a} - {outlet}", f"Nguồn: {outlet} - {a}", f"Theo {outlet}/{self.rng.choice(AGENCIES)}",
                         f"Bài viết được đăng lại từ {outlet}", f"(Nguồn: {outlet})", f"Theo {a} ({outlet})")

    def caption(self) -> str:
        cap, who = self.rng.choice(CAPTIONS), self.pick(self.name(), self.rng.choice(AGENCIES))
        outlet = self.rng.choice(OUTLETS)
        return self.pick(f"{cap} (Ảnh: {who})", f"{cap}. Ảnh: {who}/{outlet}", f"{cap}. (Ảnh: {who})",
                         f"Ảnh: {who}", f"{cap} - Ảnh: {who.upper()}", f"{cap}. Ảnh minh họa", f"{cap} (ảnh chụp màn hình)",
                         f"{cap}. Ảnh: {outlet}", f"Ảnh 1: {cap}", f"{cap} (Ảnh: {who} - {outlet})", f"{cap} (Ảnh tư liệu)")

    def teaser(self) -> str:
        """A related story's lead sentence, then its second sentence cut with an ellipsis."""
        sents = _clean_sentences(self.other()["article"][:800])
        first = sents[0] if sents else ""
        second = (sents[1] if len(sents) > 1 else first).split()
        cut = " ".join(second[:self.rng.randint(4, max(5, len(second) - 2))]).rstrip(",.;:")
        return (first + " " if self.rng.random() < 0.7 else "") + cut + self.pick("…", "...", " ...")

    def heading(self) -> str:
        return self.pick("Tin liên quan", "TIN LIÊN QUAN", "Có thể bạn quan tâm", "Đọc thêm", "ĐỌC THÊM",
                         "Tin cùng chuyên mục", "Bài viết cùng chủ đề", "Đừng bỏ lỡ", "Tin mới nhất", "Xem nhiều nhất",
                         "Các tin khác", "Tin khác", "Cùng chuyên mục", "Tin nổi bật", "Bạn đọc quan tâm",
                         "Các tin đã đưa", "Tin đọc nhiều", "MỚI NHẤT", "Đọc tiếp", "Tin nên đọc")

    def related_block(self, heading: bool = True, lo: int = 2, hi: int = 5) -> None:
        if heading and self.rng.random() < 0.8:
            self.add("widget", self.heading())
        style = self.rng.randrange(8)
        for _ in range(self.rng.randint(lo, hi)):
            item = self.other()
            title = item["title"]
            if style == 0:
                self.add("related", title)
            elif style == 1:
                self.add("related", " | ".join(self.other()["title"] for _ in range(self.rng.randint(2, 4))))
            elif style == 2:
                self.add("related", " • ".join(self.other()["title"] for _ in range(self.rng.randint(2, 3))))
            elif style == 3:
                self.add("related", title)
                self.add("related", self.teaser())
            elif style == 4:  # a headline with its full lead
                lead = _clean_sentences(item["article"][:600])
                self.add("related", title)
                if lead:
                    self.add("related", lead[0])
            elif style == 5:
                self.add("related", self.pick(f"Xem thêm: {title}", f">> {title}", f"» {title}", f"- {title}",
                                              f"Xem thêm >> {title}"))
            elif style == 6:
                self.add("related", self.teaser())
            else:
                self.add("related", self.pick(f"{title} ({self.stamp()})", f"{title} - {self.stamp()}",
                                              f"{title} {self.rng.randint(1, 99)}"))

    def widget(self) -> str:
        r = self.rng
        return self.pick("Chia sẻ Facebook Zalo Twitter", "Chia sẻ | In bài | Gửi email", "Tags: " + ", ".join(
            r.sample(["giao thông", "tai nạn", "Hà Nội", "COVID-19", "giá vàng", "bất động sản", "thời tiết"], 3)),
            f"Bình luận ({r.randint(0, 120)})", f"{r.randint(2, 999)} bình luận", "Đăng ký nhận bản tin để không bỏ lỡ tin mới",
            f"Hotline: 09{r.randint(10, 99)}.{r.randint(100, 999)}.{r.randint(100, 999)}", "Tải ứng dụng trên App Store | Google Play",
            "Đánh giá: ★★★★☆", f"Đánh giá bài viết ({r.randint(1, 60)} lượt)", "Quảng cáo", "Lên đầu trang",
            "Bản quyền thuộc về tòa soạn. Ghi rõ nguồn khi phát hành lại.", "Gửi bình luận", "Ý kiến của bạn",
            "Theo dõi chúng tôi trên Google News", f"Lượt xem: {r.randint(100, 99999):,}".replace(",", "."),
            "Báo lỗi bài viết", "Lưu bài viết", "Sao chép liên kết", "Bạn thấy bài viết này thế nào?", "Thích 👍 Chia sẻ")


# --- the eight layouts: each writes the top, the story (with furniture inside), and the tail ---

def _paragraphs(rng: random.Random, sentences: list[str]) -> list[str]:
    out, i = [], 0
    while i < len(sentences):
        n = rng.randint(1, 4)
        out.append(" ".join(sentences[i:i + n]))
        i += n
    return out


def _inline(b: _Builder, chance: float) -> None:
    """Furniture between paragraphs, sometimes."""
    if b.rng.random() >= chance:
        return
    roll = b.rng.random()
    if roll < 0.4:
        b.add("caption", b.caption())
    elif roll < 0.65:
        b.add("related", b.pick(f"Xem thêm: {b.other()['title']}", f">> {b.other()['title']}",
                                f"ĐỌC THÊM: {b.other()['title']}", f"Đọc thêm >> {b.other()['title']}"))
    elif roll < 0.8:
        b.related_block(lo=1, hi=3)
    else:
        b.add("widget", b.widget())


def _story(b: _Builder, paras: list[str], chance: float = 0.25) -> None:
    for k, para in enumerate(paras):
        b.story(para)
        if k < len(paras) - 1:
            _inline(b, chance)


def _end(b: _Builder, byline: float = 0.6, credit: float = 0.3, blocks: int = 2, widgets: int = 3) -> None:
    r = b.rng
    if r.random() < byline:
        b.add("byline", b.byline())
    if r.random() < credit:
        b.add("credit", b.credit())
    parts = ["related"] * r.randint(0, blocks) + ["widget"] * r.randint(0, widgets)
    r.shuffle(parts)
    for part in parts:
        b.related_block() if part == "related" else b.add("widget", b.widget())


def mobile(b: _Builder, a: dict, paras: list[str]) -> None:
    r = b.rng
    for _ in range(r.randint(0, 3)):
        b.add("widget", b.pick("☰", "Menu", "Tìm kiếm", "Mở trong ứng dụng", "Đọc báo nhanh hơn trên App",
                               f"Thời sự › {b.pick('Xã hội', 'Giao thông', 'Đô thị')}", "Đăng nhập"))
    b.lines.append(a["title"])
    b.lines.append(f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2017, 2024)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d} GMT+7")
    if r.random() < 0.5:
        b.add("widget", b.pick(f"Nghe bài viết 🔊 {r.randint(1, 9)}:{r.randint(10, 59)}", "A- A+", "Cỡ chữ",
                               "Nghe đọc bài", f"{r.randint(2, 12)} phút đọc"))
    if r.random() < 0.3:
        b.add("caption", b.caption())
    _story(b, paras, 0.3)
    _end(b)
    for _ in range(r.randint(1, 3)):
        b.add("widget", b.pick("Bài tiếp theo ›", "‹ Bài trước", "Xem phiên bản đầy đủ", "Về trang chủ",
                               "Tải app để nhận thông báo tin nóng", "Lên đầu trang ▲", "© Bản quyền thuộc về tòa soạn"))


def provincial(b: _Builder, a: dict, paras: list[str]) -> None:
    r = b.rng
    prov = r.choice(PROVINCES)
    if r.random() < 0.8:
        b.add("widget", b.pick(f"BÁO {prov.upper()} ĐIỆN TỬ", f"Báo {prov} điện tử",
                               f"Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh {prov}"))
    if r.random() < 0.6:
        b.add("widget", b.pick("Trang chủ | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao",
                               "Thời sự - Chính trị › Tin tức", f"Số báo: {r.randint(3000, 9000)} | Trang {r.randint(1, 8)}"))
    b.lines.append(a["title"])
    b.lines.append(f"Thứ {b.pick('Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy')}, {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2017, 2024)} - {r.randint(0, 23):02d}:{r.randint(0, 59):02d}")
    if r.random() < 0.4:
        b.add("widget", b.pick("In bài viết", "Gửi bài viết cho bạn bè", "Cỡ chữ: A A A", "Lượt xem: 1.245"))
    if r.random() < 0.3:
        b.add("byline", b.byline())
    _story(b, paras, 0.3)
    _end(b, byline=0.85, credit=0.2)
    for _ in range(r.randint(1, 4)):
        b.add("widget", b.pick(f"Giấy phép số {r.randint(10, 300)}/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
                               f"Tổng Biên tập: {b.name()}", f"Địa chỉ: {r.randint(1, 200)} Lê Lợi, TP. {prov}",
                               f"Điện thoại: 02{r.randint(10, 99)}.{r.randint(1000000, 9999999)} - Fax: 02{r.randint(10, 99)}.{r.randint(1000000, 9999999)}",
                               f"Email: toasoan@bao{prov.lower().replace(' ', '')}.vn",
                               f"Ghi rõ nguồn \"Báo {prov} điện tử\" khi phát hành lại thông tin từ website này",
                               f"Đang truy cập: {r.randint(50, 900)}"))


def liveblog(b: _Builder, a: dict, paras: list[str]) -> None:
    r = b.rng
    if r.random() < 0.7:
        b.add("widget", b.pick("TRỰC TIẾP", "🔴 Trực tiếp", "Tường thuật trực tiếp", "LIVE", "Đang diễn ra"))
    b.lines.append(a["title"])
    b.lines.append(f"Cập nhật: {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2017, 2024)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}")
    if r.random() < 0.4:
        b.add("widget", b.pick("Tự động cập nhật: Bật", "Làm mới", "Mới nhất | Cũ nhất", "Bấm F5 để cập nhật diễn biến mới nhất"))
    sents = [s for p in paras for s in _sentences(p)]
    entries, i = [], 0
    while i < len(sents):
        n = r.randint(1, 3)
        entries.append(" ".join(sents[i:i + n]))
        i += n
    minute = r.randint(6 * 60, 20 * 60)
    stamps = []
    for _ in entries:
        stamps.append(minute)
        minute += r.randint(2, 40)
    newest_first = r.random() < 0.5
    order = list(zip(stamps, entries))[::-1] if newest_first else list(zip(stamps, entries))
    shape = r.randrange(5)
    for m, entry in order:
        hh, mm = divmod(m % (24 * 60), 60)
        b.add("widget", [f"{hh:02d}:{mm:02d}", f"{hh}h{mm:02d}", f"• {hh:02d}:{mm:02d}", f"{hh:02d}:{mm:02d} | Cập nhật",
                         f"{hh:02d} giờ {mm:02d} phút"][shape])
        if r.random() < 0.25:
            entry = b.pick("Diễn biến mới: ", "NÓNG: ", "Tin nhanh - ", "Ghi nhận tại hiện trường: ", "Cập nhật: ") + entry
        b.story(entry)
        if r.random() < 0.12:
            b.add("caption", b.caption())
    _end(b, byline=0.5, credit=0.2)


def interview(b: _Builder, a: dict, paras: list[str]) -> None:
    r = b.rng
    b.lines.append(a["title"])
    b.lines.append(f"{r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2017, 2024)}")
    if r.random() < 0.4:
        b.add("byline", b.byline())
    sents = [s for p in paras for s in _sentences(p)]
    lead = r.randint(1, 2)
    b.story(" ".join(sents[:lead]))
    if r.random() < 0.3:
        b.add("caption", b.caption())
    speaker = b.pick("Ông Minh: ", "Bà Lan: ", "TS Hùng: ", "Ông Nguyễn Văn Tâm: ", "Luật sư Hà: ")
    qshape = r.randrange(5)
    i = lead
    while i < len(sents):
        q = r.choice(QUESTIONS)
        if qshape == 1 or (qshape == 4 and r.random() < 0.5):
            title = "bà" if "Bà " in q or " bà" in q else "chị" if q.startswith("Chị") else "anh" if "Anh " in q else "ông"
            q = f"Thưa {title}, " + q[0].lower() + q[1:]
        b.story([f"PV: {q}", f"Phóng viên: {q}", q, f"- {q}", f"PV: {q}"][qshape])
        n = r.randint(1, 4)
        answer = " ".join(sents[i:i + n])
        if r.random() < 0.35:
            answer = (speaker if r.random() < 0.5 else "- ") + answer
        b.story(answer)
        i += n
        _inline(b, 0.15)
    _end(b, byline=0.6, credit=0.3)


def video(b: _Builder, a: dict, paras: list[str]) -> None:
    r = b.rng
    if r.random() < 0.5:
        b.add("widget", b.pick("Video", "VIDEO", "Truyền hình", "Podcast & Video"))
    b.lines.append(a["title"])
    b.lines.append(f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2017, 2024)}")
    for _ in range(r.randint(1, 3)):
        b.add("widget", b.pick(f"▶ {r.randint(0, 9):02d}:{r.randint(10, 59)}", "Video đang phát",
                               f"Thời lượng: {r.randint(1, 9)} phút {r.randint(1, 59)} giây", "Bật phụ đề",
                               f"{r.randint(1, 900)}K lượt xem", "Tự động phát: Bật", "Chất lượng: 720p HD",
                               "Đăng ký kênh để xem thêm video mới"))
    if r.random() < 0.7:
        b.add("widget", b.pick("Nội dung video:", "Lời bình:", "Bản ghi video", "Nội dung chính", "TRANSCRIPT"))
    for k, para in enumerate(paras):
        b.story(para)
        if k < len(paras) - 1 and r.random() < 0.1:
            b.add("widget", b.pick("(Nhạc nền)", "[Âm thanh hiện trường]", "(Tiếng còi xe)", "[Phỏng vấn]"))
    if r.random() < 0.7:
        b.add("byline", b.pick(f"Biên tập: {b.name()} | Quay phim: {b.name()}", f"Thực hiện: {b.name()}",
                               f"Video: {b.name()}", f"Dựng phim: {b.name()}", b.byline()))
    if r.random() < 0.3:
        b.add("credit", b.pick(f"Video: {r.choice(OUTLETS)}", f"Nguồn video: {r.choice(OUTLETS)}", b.credit()))
    b.add("widget", b.pick("Video khác", "Video liên quan", "Xem tiếp", "Video mới nhất"))
    for _ in range(r.randint(2, 5)):
        b.add("related", b.pick(f"{b.other()['title']} {r.randint(0, 9):02d}:{r.randint(10, 59)}",
                                f"▶ {b.other()['title']}", b.other()["title"]))
    _end(b, byline=0, credit=0, blocks=1, widgets=2)


def press(b: _Builder, a: dict, paras: list[str]) -> None:
    r = b.rng
    if r.random() < 0.6:
        b.add("widget", b.pick("THÔNG CÁO BÁO CHÍ", "Thông cáo báo chí", "Tin doanh nghiệp", "(PR)", "Tin tài trợ"))
    b.lines.append(a["title"])
    b.lines.append(f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2017, 2024)} | {r.randint(0, 23):02d}:{r.randint(0, 59):02d}")
    if r.random() < 0.5:
        b.add("credit", b.pick("Nội dung do doanh nghiệp cung cấp", "Bài viết do đối tác cung cấp",
                               f"Nguồn: Phòng Truyền thông {b.pick('Tập đoàn', 'Công ty', 'Ngân hàng')} {b.name()}", b.credit()))
    _story(b, paras, 0.2)
    if r.random() < 0.6:
        b.add("widget", b.pick("###", "-HẾT-", "***", "---"))
    if r.random() < 0.5:
        b.add("widget", b.pick("Thông tin liên hệ báo chí:", "Liên hệ truyền thông:", "Để biết thêm thông tin, vui lòng liên hệ:"))
        b.add("widget", f"{b.name()} - Phòng Truyền thông | Email: press@congty{r.randint(1, 99)}.vn | ĐT: 028 38{r.randint(100000, 999999)}")
    if r.random() < 0.3:
        b.add("credit", b.credit())
    _end(b, byline=0.3, credit=0.0)


def social(b: _Builder, a: dict, paras: list[str]) -> None:
    r = b.rng
    for _ in range(r.randint(1, 2)):
        b.add("widget", b.pick(f"Nhóm: Hội những người yêu {r.choice(PROVINCES)}", f"{b.name()} · Quản trị viên",
                               f"{b.name()} đã chia sẻ một liên kết.", "Diễn đàn › Thời sự › Tin trong nước",
                               f"#{r.randint(1, 40)}", f"Thành viên · Tham gia {r.randint(1, 12):02d}/{r.randint(2012, 2022)}"))
    b.lines.append(a["title"])
    b.lines.append(b.pick(f"{r.randint(1, 28)} tháng {r.randint(1, 12)} lúc {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
                          f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2017, 2024)}"))
    if r.random() < 0.5:
        b.add("credit", b.pick(f"Được chia sẻ từ {r.choice(OUTLETS)}", f"Nguồn: {r.choice(OUTLETS)}", b.credit()))
    _story(b, paras, 0.1)
    if r.random() < 0.4:
        b.add("credit", b.credit())
    b.add("widget", b.pick(f"👍❤️ {r.randint(1, 9)},{r.randint(1, 9)}K · {r.randint(10, 999)} bình luận · {r.randint(1, 300)} lượt chia sẻ",
                           f"{r.randint(2, 999)} lượt thích", "Thích · Bình luận · Chia sẻ", f"Trả lời ({r.randint(1, 90)})"))
    if r.random() < 0.4:
        b.add("widget", b.pick("Phù hợp nhất ▾", "Bình luận mới nhất", "Tất cả bình luận"))
    for _ in range(r.randint(1, 4)):
        name, comment = b.name(), r.choice(COMMENTS)
        if r.random() < 0.5:
            b.add("widget", name)
            b.add("widget", comment)
        else:
            b.add("widget", f"{name} {comment}")
        if r.random() < 0.6:
            b.add("widget", b.pick(f"Thích · Trả lời · {r.randint(1, 23)} giờ", "Trả lời", f"{r.randint(1, 50)} phút trước"))
    b.add("widget", b.pick(f"Xem thêm {r.randint(2, 200)} bình luận", "Viết bình luận...", "Xem các bình luận trước"))
    _end(b, byline=0.1, credit=0.0, blocks=1, widgets=1)


def newsletter(b: _Builder, a: dict, paras: list[str]) -> None:
    r = b.rng
    outlet = r.choice(OUTLETS)
    for _ in range(r.randint(1, 3)):
        b.add("widget", b.pick("Xem email này trên trình duyệt", f"BẢN TIN SÁNG {outlet.upper()}", f"Bản tin {outlet}",
                               f"Số {r.randint(100, 2000)} | Thứ {b.pick('Hai', 'Ba', 'Tư', 'Năm', 'Sáu')}",
                               "Nếu email không hiển thị đúng, vui lòng bấm vào đây"))
    b.lines.append(a["title"])
    b.lines.append(f"Ngày {r.randint(1, 28)} tháng {r.randint(1, 12)} năm {r.randint(2017, 2024)}")
    if r.random() < 0.5:
        b.add("widget", b.pick("Chào bạn,", "Kính gửi quý độc giả,", "Xin chào bạn đọc!", "Chào buổi sáng,"))
    _story(b, paras, 0.15)
    if r.random() < 0.6:
        b.add("widget", b.pick("Đọc toàn bài trên website →", "Đọc tiếp »", "Xem bài viết đầy đủ", "ĐỌC TIẾP"))
    _end(b, byline=0.3, credit=0.2, blocks=2, widgets=1)
    for _ in range(r.randint(1, 4)):
        b.add("widget", b.pick(f"Bạn nhận được email này vì đã đăng ký bản tin của {outlet}.", "Hủy đăng ký | Quản lý tùy chọn nhận tin",
                               "Chuyển tiếp email này cho bạn bè", f"© {r.randint(2018, 2024)} {outlet}. Mọi quyền được bảo lưu.",
                               "Bạn không muốn nhận thư nữa? Hủy đăng ký tại đây.", "Thêm địa chỉ này vào danh bạ để thư không rơi vào mục spam."))


MAKERS = {"mobile": mobile, "provincial": provincial, "liveblog": liveblog, "interview": interview,
          "video": video, "press": press, "social": social, "newsletter": newsletter}


def _clean_sentences(text: str) -> list[str]:
    """The article's sentences, less VietNews leftovers: links, photo/video credits, bylines and headlines
    glued on without a final stop."""
    out = []
    for sent in _sentences(text):
        if not sent.endswith(END):  # "... cao nhất. Võ Thạnh": the byline glued on goes, the sentence stays
            head = re.match(r"(.*[.?!…\"”')»])\s+\S+(?:\s+\S+){0,5}$", sent)
            sent = head.group(1) if head else ""
        if sent and not any(j in sent for j in JUNK):
            out.append(sent)
    return out


def make_page(rng: random.Random, article: dict, related: list[dict], layout: str, short: bool) -> Page:
    sentences = _clean_sentences(article["article"])
    if short:
        sentences = sentences[:rng.randint(2, 3)]
    b = _Builder(rng, related)
    MAKERS[layout](b, article, _paragraphs(rng, sentences))
    return Page("\n".join(b.lines) + "\n", b.body, b.furniture, layout + (" short" if short else ""))


def pages(train_path: Path) -> list[Page]:
    """The dev4 pages, in a fixed order."""
    rng = random.Random(SEED)
    related = [a for a in _read(train_path, *RELATED_RANGE) if a.get("title") and a.get("article")]
    bodies = [a for a in _read(train_path, *BODY_RANGE) if a.get("title") and a.get("article")]
    layouts = [LAYOUTS[i % len(LAYOUTS)] for i in range(len(bodies))]
    rng.shuffle(layouts)
    shorts = set(rng.sample(range(len(bodies)), len(bodies) // 10))
    return [make_page(rng, a, related, layouts[i], i in shorts) for i, a in enumerate(bodies)]


if __name__ == "__main__":
    import sys

    for page in pages(Path(sys.argv[1]))[:int(sys.argv[2]) if len(sys.argv) > 2 else 3]:
        print(f"=== {page.layout}: {len(page.body)} sentences, {len(page.furniture)} furniture lines")
        print(page.text)
