"""Blind held-out page set test16 (issue 21): scraped Vietnamese news pages in 18 layouts.

Stdlib only, seeded, deterministic. Bodies are VietNews train rows 14,300-14,599; related lists,
captions and teasers use titles and opening sentences of rows 16,300-16,999 (first 1,200 characters).
"""
from __future__ import annotations

import gzip
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

BODY_ROWS = range(14_300, 14_600)
RELATED_ROWS = range(16_300, 17_000)
RELATED_CHARS = 1_200
SEED = "vnsumm-test16"
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = ("desktop_copy", "mobile_copy", "amp_page", "print_view", "text_browser", "reader_mode",
           "feed_reader", "newsletter", "social_repost", "forum_post", "aggregator", "live_blog",
           "photo_story", "video_page", "sector_paper", "epaper_ocr", "messaging_copy", "app_reader")
META = ("title", "date", "source")


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]] = field(default_factory=list)
    layout: str = ""


# ---------------------------------------------------------------- reading rows
def _read(train_path: Path) -> tuple[dict[int, dict], dict[int, dict]]:
    """Body rows and related rows of the gzip JSONL file, read sequentially up to the last row needed."""
    last = max(BODY_ROWS.stop, RELATED_ROWS.stop)
    body, related = {}, {}
    with gzip.open(train_path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= last:
                break
            if n not in BODY_ROWS and n not in RELATED_ROWS or not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if not isinstance(row, dict):
                continue
            (body if n in BODY_ROWS else related)[n] = row
    return body, related


# ---------------------------------------------------------------- sentences
_ABBR = {"tp.", "ts.", "ths.", "pgs.", "gs.", "bs.", "ks.", "st.", "mr.", "ms.", "dr.", "v.v.", "tr.", "q.", "p."}
_TERM = ".!?…"


def _starts_sentence(tok: str) -> bool:
    tok = tok.lstrip("\"“'(")
    return bool(tok) and (tok[0].isupper() or tok[0].isdigit())


def sentences(text: str) -> list[str]:
    """Split one long VietNews line into sentences (tokens are space separated, quotes stand alone)."""
    toks = text.split()
    out, cur, quotes = [], [], 0
    for i, tok in enumerate(toks):
        cur.append(tok)
        quotes += tok.count('"')
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        ends = tok[-1] in _TERM and tok.lower() not in _ABBR and not re.fullmatch(r"[A-ZĐ]\.", tok)
        if tok == '"' and quotes % 2 == 0 and len(cur) > 1 and cur[-2][-1] in _TERM:
            ends = True
        elif ends and nxt == '"' and quotes % 2 == 1:
            ends = False  # the closing quote belongs to this sentence
        if ends and nxt and _starts_sentence(nxt):
            out.append(" ".join(cur))
            cur, quotes = [], 0
    if cur:
        out.append(" ".join(cur))
    merged: list[str] = []
    for s in out:  # very short pieces go with the sentence before them
        if merged and (len(s) < 25 or len(merged[-1]) < 25):
            merged[-1] += " " + s
        else:
            merged.append(s)
    return merged


_NAME_WORD = r"[A-ZĐÀ-Ỹ][\wÀ-ỹ.]*"


def split_trailers(article: str) -> tuple[str, list[tuple[str, str]]]:
    """Byline, "(Theo X)" credit and "Xem thêm: ..." glued to the end of a VietNews article, split off."""
    text = " ".join(article.split())
    found: list[tuple[str, str]] = []
    for _ in range(3):
        m = re.search(r"(?:^|(?<=[.!?…\"”)]) )((?:Xem thêm|Xem them|Đọc thêm|Mời xem)\s*:.*)$", text)
        if m and len(m.group(1)) < 260:
            found.insert(0, ("related", m.group(1)))
            text = text[:m.start(1)].rstrip()
            continue
        m = re.search(r"(?:^|(?<=[.!?…\"”)]) )((?:" + _NAME_WORD + r" ){0,5}\(\s*(?:Theo|Nguồn)[^()]{1,80}\))$", text)
        if m:
            line = m.group(1)
            found.insert(0, ("credit" if line.startswith("(") else "byline", line))
            text = text[:m.start(1)].rstrip()
            continue
        m = re.search(r"(?<=[.!?…\"”)]) ((?:" + _NAME_WORD + r"(?: - | ))*" + _NAME_WORD + r")$", text)
        if m and not m.group(1).endswith(".") and len(m.group(1)) <= 45 and len(m.group(1).split()) <= 7:
            found.insert(0, ("byline", m.group(1)))
            text = text[:m.start(1)].rstrip()
            continue
        break
    return text, found


def _paragraphs(sents: list[str], rng: random.Random) -> list[list[str]]:
    if len(sents) < 2:
        return [list(sents)]
    n = max(2, min(8, len(sents) // rng.choice((2, 3, 3, 4)), len(sents)))
    cuts = sorted(rng.sample(range(1, len(sents)), n - 1))
    return [sents[a:b] for a, b in zip([0] + cuts, cuts + [len(sents)])]


# ---------------------------------------------------------------- wordings
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh", "Mai", "Tạ"]
MIDDLE = ["Văn", "Thị", "Minh", "Thanh", "Quốc", "Ngọc", "Hữu", "Đức", "Thu", "Kim", "Xuân", "Hồng", "Bảo", "Gia"]
GIVEN = ["An", "Bình", "Châu", "Dũng", "Hà", "Hải", "Hằng", "Hiếu", "Hùng", "Khoa", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến", "Khánh", "Lộc", "Nhung", "Thắng", "Trung", "Hạnh", "Duy", "Quyên"]
AGENCY = ("TTXVN", "Vietnam+", "VOV", "VTV", "TTO", "PLO", "CAND", "QĐND", "VNA", "Zing")
PROVINCE = ("Nghệ An", "Thanh Hóa", "Đồng Tháp", "Gia Lai", "Quảng Ninh", "Cần Thơ", "Lâm Đồng", "Hà Tĩnh",
            "Bình Định", "Sơn La", "Kiên Giang", "Thái Nguyên")
SITES = ("Tuổi Trẻ Online", "VnExpress", "Báo Thanh Niên", "Dân trí", "Báo Công an Nhân dân", "Quân đội Nhân dân",
         "Sức khỏe & Đời sống", "Giáo dục & Thời đại", "Báo Đầu tư", "Thể thao & Văn hóa", "Báo Nghệ An",
         "Báo Cần Thơ", "VietnamPlus", "Báo Lao Động", "Người Lao Động", "Tiền Phong", "Pháp Luật TP.HCM",
         "Báo Gia Lai", "Kinh tế & Đô thị", "VOV.VN")
DOMAINS = ("tuoitre.vn", "vnexpress.net", "thanhnien.vn", "dantri.com.vn", "cand.com.vn", "qdnd.vn",
           "suckhoedoisong.vn", "giaoducthoidai.vn", "baodautu.vn", "thethaovanhoa.vn", "baonghean.vn",
           "baocantho.com.vn", "vietnamplus.vn", "laodong.vn", "nld.com.vn", "tienphong.vn", "plo.vn",
           "baogialai.com.vn", "kinhtedothi.vn", "vov.vn")
SECTIONS = ("Thời sự", "Xã hội", "Giáo dục", "Pháp luật", "Kinh tế", "Thế giới", "Sức khỏe", "Thể thao",
            "Văn hóa", "Giải trí", "Công nghệ", "Đời sống", "Du lịch", "Bạn đọc", "Nhịp sống trẻ", "Xe")
WEEKDAY = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
COMMENTS = ("Đọc mà thương các em quá, mong chính quyền sớm vào cuộc.",
            "Bài viết rất hay, cảm ơn phóng viên.",
            "Cứ hứa mãi rồi đâu lại vào đấy, năm nào cũng vậy.",
            "Ở quê tôi cũng có chuyện y hệt, báo nên xuống tận nơi xem.",
            "Ủng hộ, cần xử lý nghiêm để làm gương.",
            "Không biết số liệu này lấy ở đâu ra vậy nhỉ?",
            "Mong các cơ quan chức năng vào cuộc sớm.",
            "Chuẩn luôn, tôi đồng ý với ý kiến của tác giả.",
            "Thật đáng buồn khi đọc những dòng này.",
            "Gia đình tôi đã trải qua đúng như vậy, rất mệt mỏi.",
            "Hay quá, chia sẻ cho mọi người cùng đọc.",
            "Tôi nghĩ vấn đề nằm ở khâu quản lý chứ không phải ở người dân.")
ADS = ("Quảng cáo", "QUẢNG CÁO", "Nội dung được tài trợ", "Ưu đãi trả góp 0% khi mua điện thoại tại hệ thống cửa hàng, áp dụng đến hết tháng này.",
       "Mở tài khoản ngân hàng số chỉ trong 5 phút, nhận ngay 100.000 đồng.", "Tài trợ bởi Vinamilk",
       "Khóa học tiếng Anh giao tiếp giảm 40% học phí cho 50 học viên đăng ký đầu tiên.",
       "Chương trình khuyến mãi mùa hè: giảm đến 50% giá vé máy bay nội địa.",
       "Thuốc bổ gan thảo dược, hỗ trợ giải độc, mát gan. Gọi ngay 1800 6868 để được tư vấn miễn phí.",
       "Advertisement", "Bỏ qua quảng cáo", "Ẩn quảng cáo")
NOTICES = ("Bạn đọc có thể gửi ý kiến, thông tin về vụ việc qua email của tòa soạn.",
           "Mọi hình thức sao chép nội dung khi chưa được sự đồng ý của tòa soạn đều là vi phạm bản quyền.",
           "Bài viết thể hiện quan điểm riêng của tác giả.",
           "Tòa soạn sẽ tiếp tục thông tin về vụ việc.",
           "Thông tin trong bài chỉ mang tính tham khảo, không thay thế chẩn đoán của bác sĩ.",
           "Đường dây nóng: 0919 xxx xxx - Email: toasoan@baomoi.vn",
           "Bạn có câu chuyện tương tự? Hãy chia sẻ với chúng tôi.",
           "Nhấn vào đây để nhận thông báo khi có tin mới.")
TAGS_LEAD = ("Từ khóa:", "Tags:", "Chủ đề:", "#", "Thẻ:")


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def _pen(rng: random.Random) -> str:
    return f"{rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _full(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def byline(rng: random.Random, sector: str = "") -> str:
    pen, full = _pen(rng), _full(rng)
    forms = [pen.upper(), f"{pen} - {_pen(rng)}", f"{pen} ({rng.choice(AGENCY)})", f"{pen}/{rng.choice(AGENCY)}",
             f"Bài và ảnh: {full}", full, f"Nhóm phóng viên Ban {rng.choice(SECTIONS)}", f"Ghi chép của {pen}",
             f"{pen} thực hiện", f"Tác giả: {full}", f"{pen.upper()} - {_pen(rng).upper()}",
             f"{pen} - {rng.choice(PROVINCE)}", f"Phóng viên {pen} từ {rng.choice(PROVINCE)}",
             f"{full[0]}.{pen[0]}.{pen.split()[1][0]}", f"Thực hiện: {pen} - Ảnh: {_pen(rng)}",
             f"{pen} ({rng.choice(AGENCY)}) - {_pen(rng)}", f"{pen}, {_pen(rng)}, {_pen(rng)}", "PV", "Nhóm PV",
             f"{pen} - {_pen(rng)} (thực hiện)", f"{pen} (tổng hợp)", f"{pen} (theo BBC)", f"{pen} (Theo Reuters)",
             f"{full.upper()} (Đại học Quốc gia TP.HCM)", f"Bạn đọc {full}"]
    if sector == "police":
        forms += [f"Thiếu tá {full}, Công an tỉnh {rng.choice(PROVINCE)}", f"{pen.upper()} - Phòng PV01"]
    if sector == "army":
        forms += [f"Đại úy {full} - Sư đoàn {rng.randint(300, 390)}", f"Trung tá {full}"]
    if sector == "health":
        forms += [f"BS.CKII {full} - Bệnh viện đa khoa tỉnh {rng.choice(PROVINCE)}", f"ThS.BS {full}"]
    return rng.choice(forms)


def credit(rng: random.Random) -> str:
    site, ag = rng.choice(SITES), rng.choice(AGENCY)
    return rng.choice([f"(Theo {ag})", f"Theo {site}", f"Nguồn: {site}", "(Nguồn: Cổng thông tin điện tử Chính phủ)",
                       "Theo Reuters, AFP", f"Bài viết được đăng lần đầu trên {site}.", "Lược dịch từ The Guardian",
                       f"Ảnh: {_pen(rng)}", f"Đồ họa: {_pen(rng)}", f"Video: {_pen(rng)}/{ag}",
                       f"Tổng hợp từ {site}, {rng.choice(SITES)}", f"(Theo {site})", f"- Theo {ag} -",
                       f"Nguồn tin: {site} | Biên tập: {_pen(rng)}", "(Tổng hợp)", "Theo Tân Hoa Xã, Yonhap",
                       f"Theo {rng.choice(DOMAINS).capitalize()}", "Nguồn ảnh: Internet", f"(Trích từ {site})",
                       f"Bài đăng trên ấn phẩm {site} số ra ngày thứ sáu."])


class _Pool:
    """Titles and opening sentences of the related rows (first 1,200 characters only)."""

    def __init__(self, related: dict[int, dict]):
        self.titles: list[str] = []
        self.leads: list[str] = []
        for n in sorted(related):
            title, art = related[n].get("title"), related[n].get("article")
            if not isinstance(title, str) or not isinstance(art, str) or not title.strip():
                continue
            self.titles.append(" ".join(title.split()))
            sents = sentences(" ".join(art[:RELATED_CHARS].split()))[:-1]  # last piece may be cut
            self.leads += [s for s in sents if 30 <= len(s) <= 220]
        if not self.titles or not self.leads:
            raise ValueError("no usable related rows")

    def headline(self, rng: random.Random) -> str:
        return rng.choice(self.titles)

    def lead(self, rng: random.Random) -> str:
        return rng.choice(self.leads)

    def teaser(self, rng: random.Random) -> str:
        s = self.lead(rng)
        words = s.split()
        return " ".join(words[: max(6, len(words) * 2 // 3)]) + rng.choice(("…", "...", " …"))

    def related(self, rng: random.Random, kinds: str = "hlpx") -> list[str]:
        """One related item in one of many shapes (one or two lines)."""
        h = self.headline(rng)
        shape = rng.choice(kinds)
        if shape == "h":
            return [rng.choice((h, h, f"- {h}", f">> {h}", f"• {h}", f"{h} ({rng.randint(1, 28):02d}/{rng.randint(1, 12):02d})"))]
        if shape == "l":
            return [h, rng.choice((self.lead(rng), self.teaser(rng)))]
        if shape == "p":
            return [" | ".join([h] + [self.headline(rng) for _ in range(rng.randint(1, 3))])]
        return [rng.choice((f"Xem thêm: {h}", f"Đọc thêm: {h}", f"Video: {h}", f"[Infographic] {h}",
                            f"{h} - {rng.choice(SITES)}", f"TIN LIÊN QUAN: {h}", f"{h} {rng.randint(2, 99)} bình luận"))]

    def caption(self, rng: random.Random) -> str:
        s = self.lead(rng)
        core = s.rstrip(".")
        return rng.choice((f"{core} (Ảnh: {_pen(rng)})", f"{s} Ảnh: {_pen(rng)}", s, f"{core}. Ảnh: {rng.choice(AGENCY)}",
                           "Ảnh minh họa", "Ảnh minh họa: Internet", f"{s} (Ảnh chụp màn hình)", f"▲ {s}",
                           f"Ảnh: {rng.choice(AGENCY)}", f"{core} - Ảnh: {_pen(rng).upper()}",
                           f"Hiện trường vụ việc. Ảnh: {_pen(rng)}", f"{core}. (Ảnh tư liệu)",
                           f"{core}. Ảnh: Công an cung cấp", f"{core} | Ảnh: {rng.choice(SITES)}"))


# ---------------------------------------------------------------- page builder
class _B:
    def __init__(self, rng: random.Random, pool: _Pool, title: str, paras: list[list[str]], trailers):
        self.rng, self.pool, self.title, self.paras, self.trailers = rng, pool, title, paras, trailers
        self.lines: list[tuple[str, str]] = []
        self.site_i = rng.randrange(len(SITES))
        self.site, self.domain = SITES[self.site_i], DOMAINS[self.site_i]
        self.section = rng.choice(SECTIONS)
        d, m, y, hh, mm = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2016, 2019), rng.randint(5, 22), rng.randint(0, 59)
        self.dmy = (d, m, y, hh, mm)

    def add(self, role: str, *texts: str) -> None:
        for t in texts:
            self.lines.append((role, t))

    def date(self, style: int | None = None) -> str:
        d, m, y, hh, mm = self.dmy
        wd = WEEKDAY[(d + m + y) % 7]
        forms = (f"{wd}, {d}/{m}/{y}, {hh:02d}:{mm:02d} (GMT+7)", f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}",
                 f"Cập nhật: {hh:02d}:{mm:02d} ngày {d:02d}-{m:02d}-{y}", f"{wd}, {d:02d}/{m:02d}/{y} - {hh:02d}:{mm:02d}",
                 f"{hh:02d}:{mm:02d} - {d:02d}/{m:02d}/{y}", f"Ngày {d} tháng {m} năm {y}", f"{d:02d}.{m:02d}.{y}",
                 f"Đăng lúc {hh}h{mm:02d} ngày {d}/{m}/{y}")
        return forms[self.rng.randrange(len(forms)) if style is None else style]

    def rel(self, n: int, kinds: str = "hlpx") -> None:
        for _ in range(n):
            self.add("related", *self.pool.related(self.rng, kinds))

    def comments(self, n: int) -> None:
        for _ in range(n):
            who = _full(self.rng) if self.rng.random() < 0.5 else f"{_pen(self.rng).lower().replace(' ', '')}{self.rng.randint(1, 99)}"
            self.add("widget", f"{who} · {self.rng.randint(1, 23)} giờ trước", self.rng.choice(COMMENTS),
                     self.rng.choice(("Thích · Trả lời", f"Trả lời · {self.rng.randint(1, 90)} thích", "Trả lời")))

    def tags(self) -> None:
        ws = [self.pool.headline(self.rng).split()[:3] for _ in range(self.rng.randint(2, 4))]
        lead = self.rng.choice(TAGS_LEAD)
        if lead == "#":
            self.add("widget", " ".join("#" + "".join(w).replace(",", "") for w in ws))
        else:
            self.add("widget", f"{lead} " + ", ".join(" ".join(w).lower() for w in ws))

    def body(self, before: dict[int, list[tuple[str, str]]] | None = None,
             after: dict[int, list[tuple[str, str]]] | None = None, trailers: bool = True) -> None:
        before, after = before or {}, after or {}
        for i, para in enumerate(self.paras):
            for kind, line in before.get(i, []):
                self.add(kind, line)
            self.add("body", " ".join(para))
            for kind, line in after.get(i, []):
                self.add(kind, line)
        if trailers:
            for kind, line in self.trailers:
                self.add(kind, line)

    def sign(self, p_byline: float, p_credit: float, sector: str = "") -> None:
        """A byline (unless the article brought one) and a credit, each with its probability."""
        if not any(k == "byline" for k, _ in self.trailers) and self.rng.random() < p_byline:
            self.add("byline", byline(self.rng, sector))
        if self.rng.random() < p_credit:
            self.add("credit", credit(self.rng))

    def inner(self, kinds: tuple[str, ...], k: int) -> dict[int, list[tuple[str, str]]]:
        """k furniture items put between paragraphs (never before the first)."""
        spots: dict[int, list[tuple[str, str]]] = {}
        n = len(self.paras)
        for _ in range(k if n > 1 else 0):
            i = self.rng.randint(1, n - 1)
            kind = self.rng.choice(kinds)
            if kind == "caption":
                items = [("caption", self.pool.caption(self.rng))]
            elif kind == "related":
                items = [("related", t) for t in self.pool.related(self.rng, "hlx")]
            elif kind == "ad":
                items = [("widget", self.rng.choice(ADS))]
            elif kind == "embed":
                who = self.rng.choice(SITES + ("Bộ Y tế", "Công an TP Hà Nội", f"{_full(self.rng)}"))
                items = [("widget", self.rng.choice((f"Bài đăng của {who} trên Facebook", "Xem bài viết này trên Instagram",
                                                     f"{who} (@{_slug(who).replace('-', '')}) · Theo dõi"))),
                         ("widget", self.pool.lead(self.rng)),
                         ("widget", self.rng.choice(("Xem trên Facebook", "Xem thêm trên Twitter", f"{self.rng.randint(1, 99)}K lượt thích")))]
            else:
                poll = self.rng.choice((("Bình chọn: Bạn có đồng tình với đề xuất này?", "Đồng ý", "Không đồng ý", "Ý kiến khác"),
                                        ("Theo bạn, giải pháp nào hiệu quả nhất?", "Tăng mức phạt", "Tuyên truyền", "Cả hai"),
                                        ("Nghe đọc bài viết",), ("Tiếp tục đọc bên dưới",)))
                items = [("widget", line) for line in poll + (("Bình chọn", "Xem kết quả") if len(poll) > 1 else ())]
            spots.setdefault(i, []).extend(items)
        return spots


def _desktop_copy(b: _B) -> None:
    r = b.rng
    b.add("widget", " ".join(("Trang chủ",) + tuple(r.sample(SECTIONS, 8))), "Đăng nhập | Đăng ký",
          f"Trang chủ > {b.section}" + r.choice(("", f" > {r.choice(SECTIONS)}")))
    b.add("title", b.title)
    b.add("date", b.date())
    b.add("widget", r.choice(("Chia sẻ Facebook Zalo Twitter", "Like Share", f"{r.randint(2, 900)} lượt thích · Chia sẻ", "Lưu bài")))
    spots = b.inner(("caption", "caption", "related", "ad", "embed"), r.randint(2, 4))
    if len(b.paras) > 1 and r.random() < 0.5:  # the hero picture under the lead paragraph
        spots.setdefault(1, []).insert(0, ("caption", b.pool.caption(r)))
    b.body(spots)
    b.sign(0.9, 0.4)
    b.add("widget", b.rng.choice(("Chia sẻ bài viết", "Gửi bài viết qua email", "In bài")))
    b.tags()
    b.add("widget", r.choice(("TIN LIÊN QUAN", "Tin cùng chuyên mục", "Bài viết liên quan")))
    b.rel(r.randint(3, 5))
    b.add("widget", r.choice(("Tin đọc nhiều", "ĐỌC NHIỀU NHẤT", "Tin xem nhiều")))
    for k in range(r.randint(3, 5)):
        b.add("related", f"{k + 1} {b.pool.headline(r)}" if r.random() < 0.5 else b.pool.headline(r))
    b.add("source", f"© {r.randint(2016, 2019)} {b.site}")
    b.add("widget", r.choice(("Tổng biên tập: Lê Thế Chữ. Giấy phép số 195/GP-BTTTT.", "Liên hệ quảng cáo: 0908 xxx xxx",
                              "Địa chỉ: 60A Hoàng Văn Thụ, phường 9, quận Phú Nhuận, TP.HCM")))


def _mobile_copy(b: _B) -> None:
    r = b.rng
    b.add("widget", "☰", r.choice(("Mới nhất", "Tin nóng")), b.section.upper())
    b.add("title", b.title)
    b.add("date", r.choice((f"{r.randint(1, 12)} giờ trước", b.date(1), b.date(4))))
    b.add("source", b.site)
    top = r.random() < 0.4  # some sites print the byline under the date
    if top:
        b.add("byline", byline(r))
    after = {i: [("caption", b.pool.caption(r))] for i in r.sample(range(len(b.paras)), min(2, len(b.paras)))}
    b.body(after=after)
    b.sign(0.0 if top else 0.8, 0.3)
    b.add("widget", f"Bình luận ({r.randint(0, 80)})", "Viết bình luận...")
    b.add("widget", r.choice(("Tin cùng chuyên mục", "Có thể bạn quan tâm")))
    b.rel(r.randint(4, 6), "hl")
    b.add("widget", "Về đầu trang", "Tải ứng dụng")


def _amp_page(b: _B) -> None:
    r = b.rng
    b.add("source", b.domain)
    b.add("widget", "Xem bản đầy đủ")
    b.add("title", b.title)
    b.add("date", b.date())
    spots = b.inner(("ad", "caption", "related", "embed"), r.randint(2, 3))
    if r.random() < 0.5:  # the hero picture above the story
        spots.setdefault(0, []).append(("caption", b.pool.caption(r)))
    b.body(spots)
    b.sign(0.8, 0.3)
    b.add("widget", r.choice(("Chia sẻ: Facebook | Zalo | Sao chép liên kết", "Facebook Zalo Email")))
    b.rel(r.randint(3, 5), "hpx")
    b.add("widget", "Powered by AMP", f"Về trang chủ {b.site}")


def _print_view(b: _B) -> None:
    r = b.rng
    b.add("widget", r.choice(("Phiên bản in", "Bản in", "Print")), f"In lúc {b.dmy[3]:02d}:{r.randint(0, 59):02d} {b.date(6)}")
    b.add("source", b.site)
    b.add("widget", f"Đường dẫn: https://{b.domain}/{_slug(b.section)}/{_slug(b.title)[:60].strip('-')}-{r.randint(10**5, 10**6)}.htm")
    b.add("widget", f"Mã bài viết: {r.randint(10**6, 10**7)}")
    b.add("title", b.title)
    b.add("date", b.date(r.choice((0, 3, 5))))
    b.body(b.inner(("caption",), r.randint(0, 2)))
    b.sign(1.0, 0.4)
    b.add("widget", f"© Bản quyền thuộc về {b.site}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
          "In bài viết", "Đóng cửa sổ")


def _text_browser(b: _B) -> None:
    r = b.rng
    b.add("widget", f"{b.site} (p1 of {r.randint(2, 6)})", "[IMG]", *(f"* [{i + 3}]{s}" for i, s in enumerate(r.sample(SECTIONS, 5))),
          "Tìm kiếm: ____________________ [Tìm]")
    b.add("title", b.title)
    b.add("date", b.date())
    before = {i: [("widget", "[IMG]")] + ([("caption", b.pool.caption(r))] if r.random() < 0.7 else [])
              for i in r.sample(range(1, len(b.paras)), min(2, len(b.paras) - 1))}
    b.body(before)
    b.sign(0.7, 0.2)
    b.add("widget", f"[{r.randint(40, 60)}]Chia sẻ [{r.randint(61, 70)}]Bình luận")
    for i in range(r.randint(3, 5)):
        b.add("related", f"[{r.randint(71, 99)}]{b.pool.headline(r)}")
    b.add("widget", "References", *(f"{i + 1}. https://{b.domain}/{s}" for i, s in enumerate(("", "tin-moi.htm", "video.htm"))))


def _reader_mode(b: _B) -> None:
    r = b.rng
    b.add("source", b.domain)
    b.add("title", b.title)
    top = r.random() < 0.6
    if top:
        b.add("byline", byline(r))
    b.add("widget", f"{r.randint(3, 12)}-{r.randint(13, 18)} phút")
    b.add("date", b.date())
    after = {i: [("caption", b.pool.caption(r))] for i in r.sample(range(len(b.paras)), min(r.randint(2, 4), len(b.paras)))}
    b.body(after=after)
    b.sign(0.0 if top else 0.6, 0.3)
    if r.random() < 0.7:
        b.rel(r.randint(1, 3), "hx")
    b.add("widget", r.choice(("Xem trên trang gốc", "Thoát chế độ đọc", f"Đã lưu vào Pocket từ {b.domain}")))


def _feed_reader(b: _B) -> None:
    r = b.rng
    b.add("widget", "Tất cả bài viết", f"{b.site} - {b.section}", f"{r.randint(5, 300)} chưa đọc")
    b.add("title", b.title)
    b.add("date", f"{b.site} / {b.date(1)}")
    b.body(b.inner(("caption",), r.randint(0, 2)))
    b.sign(0.5, 0.2)
    b.add("widget", f"Đọc bài gốc trên {b.domain}", "Đánh dấu đã đọc · Lưu · Chia sẻ")
    b.add("related", f"Bài tiếp theo: {b.pool.headline(r)}")
    b.add("related", f"Bài trước: {b.pool.headline(r)}")
    b.rel(r.randint(2, 4), "hl")


def _newsletter(b: _B) -> None:
    r = b.rng
    d, m, y = b.dmy[:3]
    b.add("widget", f"Bản tin {r.choice(('sáng', 'trưa', 'tối'))} {d}/{m}/{y} | Xem trên trình duyệt",
          f"Chào bạn, đây là những tin đáng chú ý nhất hôm nay do {b.site} tuyển chọn.", "TIÊU ĐIỂM")
    b.add("title", b.title)
    b.body(b.inner(("ad",), 1))
    b.sign(0.4, 0.1)
    b.add("widget", "Đọc tiếp trên website →", "CÁC TIN KHÁC TRONG BẢN TIN")
    for _ in range(r.randint(3, 5)):
        b.add("related", b.pool.headline(r), b.pool.teaser(r))
    b.add("widget", "Bạn nhận được email này vì đã đăng ký bản tin của chúng tôi.", "Hủy đăng ký | Cập nhật tùy chọn",
          f"{b.site}, số 1 Nguyễn Du, Hà Nội")


def _social_repost(b: _B) -> None:
    r = b.rng
    b.add("source", r.choice((b.site, f"{b.site} - Tin tức", "Hóng Biz Việt Nam", f"Cộng đồng {r.choice(PROVINCE)}")))
    b.add("date", f"{r.randint(1, 23)} giờ · 🌐")
    b.add("title", b.title)
    b.body()
    b.sign(0.3, 0.5)
    b.add("widget", " ".join("#" + w for w in r.sample(("tintuc", "thoisu", "nong", "vietnam", b.section.replace(" ", "").lower(), "xuhuong"), 3)))
    b.add("related", f"Chi tiết: https://{b.domain}/{r.randint(10**5, 10**6)}")
    b.add("widget", f"👍❤️😢 {r.randint(10, 9000)}", f"{r.randint(2, 800)} bình luận {r.randint(1, 500)} lượt chia sẻ",
          "Thích Bình luận Chia sẻ")
    b.comments(r.randint(2, 4))
    b.add("widget", "Xem thêm bình luận")


def _forum_post(b: _B) -> None:
    r = b.rng
    user = f"{_pen(r).lower().replace(' ', '_')}{r.randint(70, 99)}"
    b.add("widget", "Diễn đàn > Thời sự - Xã hội > Tin trong nước", f"Thảo luận trong '{b.section}' bắt đầu bởi {user}, {b.date(6)}.")
    b.add("title", b.title)
    b.add("widget", f"#{r.randint(1, 3)}", user, r.choice(("Thành viên tích cực", "Thành viên mới", "Senior Member")),
          f"Bài viết: {r.randint(12, 9000):,}".replace(",", "."))
    b.body()
    b.add("credit", r.choice((f"Nguồn: {b.site}", f"Nguồn: https://{b.domain}", f"(st) {b.site}", f"Theo {b.site}")))
    b.add("widget", "Chỉnh sửa cuối: " + b.date(4), "Trả lời Trích dẫn Báo cáo")
    for _ in range(r.randint(2, 3)):
        b.add("widget", f"{_pen(r).lower().replace(' ', '')}{r.randint(1, 99)} nói:", r.choice(COMMENTS))
    b.add("related", f"Chủ đề tương tự: {b.pool.headline(r)}")


def _aggregator(b: _B) -> None:
    r = b.rng
    b.add("widget", "Tin mới | Tin nóng | Tin theo khu vực | Video")
    b.add("title", b.title)
    b.add("source", f"{b.site} {r.randint(1, 59)} phút trước")
    b.body(trailers=True)
    b.sign(0.6, 0.6)
    b.add("widget", r.choice((f"Xem nguồn: {b.domain}", "Đọc bài gốc")))
    b.add("widget", "Cùng chủ đề")
    b.rel(r.randint(2, 3), "p")
    b.add("widget", "Tin nóng")
    b.rel(r.randint(3, 5), "hx")
    b.add("widget", "Tải ứng dụng Báo Mới để đọc tin nhanh hơn")


def _live_blog(b: _B) -> None:
    r = b.rng
    b.add("widget", r.choice(("TRỰC TIẾP", "🔴 TRỰC TIẾP", "Cập nhật liên tục")))
    b.add("title", b.title)
    b.add("date", b.date())
    b.add("widget", "Làm mới", f"{r.randint(200, 9000)} người đang theo dõi")
    hh, mm = b.dmy[3], b.dmy[4]
    before = {}
    for i in range(len(b.paras) - 1, -1, -1):
        mm += r.randint(3, 25)
        before[i] = [("widget", f"{(hh + mm // 60) % 24:02d}:{mm % 60:02d}")]
    before.setdefault(1 if len(b.paras) > 1 else 0, []).append(("caption", b.pool.caption(r)))
    b.body(before)
    b.sign(0.8, 0.2)
    b.add("widget", "Xem các diễn biến trước")
    b.rel(r.randint(2, 4), "hl")


def _photo_story(b: _B) -> None:
    r = b.rng
    b.add("widget", f"Ảnh · {b.section}")
    b.add("title", b.title)
    b.add("date", b.date())
    b.add("source", b.site)
    n_img = r.randint(6, 14)
    before = {}
    for k, i in enumerate(range(1, len(b.paras))):
        before[i] = [("widget", f"{k + 2}/{n_img}"), ("caption", b.pool.caption(r))]
    b.add("widget", f"1/{n_img}")
    b.add("caption", b.pool.caption(r))
    b.body(before)
    b.sign(0.5, 0.2)
    if not any(k == "byline" for k, _ in b.trailers):
        b.add("byline", r.choice((f"Ảnh: {_full(r)}", f"Ảnh và bài: {_pen(r)}", f"Thực hiện: {_pen(r)}")))
    b.add("widget", "Xem thêm ảnh", "Chia sẻ")
    b.rel(r.randint(2, 4), "hx")


def _video_page(b: _B) -> None:
    r = b.rng
    b.add("widget", "VIDEO", f"00:00 / {r.randint(1, 9):02d}:{r.randint(0, 59):02d}", "Phụ đề · Chất lượng · Toàn màn hình")
    b.add("title", b.title)
    b.add("date", b.date())
    b.add("widget", f"{r.randint(1, 900)}.{r.randint(100, 999)} lượt xem")
    b.body()
    b.sign(0.6, 0.3)
    b.add("credit", r.choice((f"Video: {_pen(r)}", f"Nguồn video: {r.choice(AGENCY)}", f"Quay phim: {_full(r)} - Dựng: {_pen(r)}")))
    b.add("widget", "Video khác", r.choice(("Tự động phát", "Phát tiếp")))
    for _ in range(r.randint(3, 5)):
        b.add("related", f"{r.randint(0, 9):02d}:{r.randint(10, 59)} {b.pool.headline(r)}" if r.random() < 0.5 else b.pool.headline(r))


def _sector_paper(b: _B) -> None:
    r = b.rng
    sector = r.choice(("police", "army", "health", "education", "business", "sport"))
    names = {"police": ("Báo Công an Nhân dân", "An ninh trật tự"), "army": ("Quân đội Nhân dân", "Quốc phòng - An ninh"),
             "health": ("Sức khỏe & Đời sống", "Y tế"), "education": ("Giáo dục & Thời đại", "Giáo dục"),
             "business": ("Báo Đầu tư", "Doanh nghiệp"), "sport": ("Thể thao & Văn hóa", "Bóng đá")}
    site, sec = names[sector]
    b.add("source", r.choice((site, site.upper(), f"Cổng thông tin điện tử {site}")))
    b.add("widget", f"Trang chủ » {sec}", f"Chuyên mục: {sec}")
    b.add("title", b.title)
    b.add("date", b.date(r.choice((0, 3, 7))))
    b.add("widget", f"Lượt xem: {r.randint(100, 99999)}", "Cỡ chữ: A A A")
    b.body(b.inner(("caption", "caption", "related"), r.randint(1, 3)), trailers=False)
    trail = list(b.trailers)
    if not any(k == "byline" for k, _ in trail):
        trail.insert(0, ("byline", byline(r, sector)))
    for kind, line in trail:
        b.add(kind, line)
    if r.random() < 0.5:
        b.add("credit", credit(r))
    b.add("widget", "In trang | Gửi email | Về đầu trang", "Ý kiến bạn đọc", r.choice(NOTICES))
    b.add("widget", "Các tin, bài khác")
    b.rel(r.randint(3, 5), "hhp")


def _epaper_ocr(b: _B) -> None:
    r = b.rng
    d, m, y = b.dmy[:3]
    page_no = r.randint(2, 15)
    def head(k: int) -> str:
        return f"{b.site.upper()} | {WEEKDAY[(d + m + y) % 7]} {d}-{m}-{y} | {k}"

    b.add("widget", head(page_no), f"Số {r.randint(100, 365)} ({r.randint(8000, 16000)})")
    b.add("widget", r.choice((b.section.upper(), f"Tiếp theo trang {r.randint(1, 3)}")))
    b.add("title", b.title)
    before = {}
    if len(b.paras) > 2:
        before[len(b.paras) // 2] = [("widget", f"(Xem tiếp trang {page_no + 1})"), ("widget", head(page_no + 1)),
                                     ("widget", f"(Tiếp theo trang {page_no})")]
    if len(b.paras) > 1:
        before.setdefault(1, []).append(("caption", b.pool.caption(r)))
    b.body(before, trailers=False)
    for kind, line in b.trailers:
        b.add(kind, line.upper() if kind == "byline" else line)
    if not any(k == "byline" for k, _ in b.trailers):
        b.add("byline", byline(r).upper())
    b.add("related", f"Đọc trên trang {page_no + 2}: {b.pool.headline(r)}")
    b.add("widget", f"Quét mã QR để đọc báo điện tử {b.domain}")


def _messaging_copy(b: _B) -> None:
    r = b.rng
    b.add("widget", r.choice(("Tin nhắn được chuyển tiếp", "Forwarded message", f"Chuyển tiếp từ {r.choice(('Nhóm Lớp 12A1', 'Gia đình', 'Hội phụ huynh'))}")))
    b.add("source", f"{b.site}: https://{b.domain}/{r.randint(10**6, 10**7)}.htm")
    b.add("title", b.title)
    b.body(trailers=True)
    b.sign(0.5, 0.6)
    b.add("widget", f"{b.dmy[3]:02d}:{b.dmy[4]:02d}", r.choice(("✓✓ Đã xem", "Đã nhận", "Đã gửi")))
    b.add("widget", _pen(r), r.choice(COMMENTS), f"{(b.dmy[3] + 1) % 24:02d}:{r.randint(0, 59):02d}")
    b.add("widget", r.choice(("[Sticker]", "[Hình ảnh]", "👍")))


def _app_reader(b: _B) -> None:
    r = b.rng
    b.add("widget", "‹ Quay lại", "Aa", "Nghe bài viết " + f"{r.randint(1, 9):02d}:{r.randint(0, 59):02d}")
    b.add("source", b.site)
    b.add("title", b.title)
    b.add("date", b.date(r.choice((1, 4))))
    b.body(b.inner(("caption", "ad", "poll"), r.randint(1, 3)))
    b.sign(0.8, 0.3)
    b.add("widget", r.choice(NOTICES), "Theo dõi " + b.site, "Bạn thấy bài viết này thế nào?", "👍 Hữu ích  👎 Không hữu ích")
    b.add("widget", "Đề xuất cho bạn")
    b.rel(r.randint(3, 5), "hl")


_LAYOUT_FN = dict(zip(LAYOUTS, (_desktop_copy, _mobile_copy, _amp_page, _print_view, _text_browser, _reader_mode,
                                _feed_reader, _newsletter, _social_repost, _forum_post, _aggregator, _live_blog,
                                _photo_story, _video_page, _sector_paper, _epaper_ocr, _messaging_copy, _app_reader)))


# ---------------------------------------------------------------- text faults
def _fault(rng: random.Random, paras: list[list[str]]) -> str:
    """A scraper's text fault put inside body sentences (edges untouched); the page may be NFD later."""
    kind = rng.choice(("none", "none", "none", "nbsp", "zwsp", "double", "nfd", "glue"))
    if kind in ("nbsp", "double", "zwsp"):
        for para in paras:
            for j, s in enumerate(para):
                if rng.random() < 0.5 and " " in s:
                    if kind == "nbsp":
                        para[j] = s.replace(" ", "\u00a0", rng.randint(1, 3))
                    elif kind == "double":
                        w = s.split(" ")
                        k = rng.randrange(1, len(w))
                        para[j] = " ".join(w[:k]) + "  " + " ".join(w[k:])
                    else:
                        k = rng.randrange(1, len(s))
                        para[j] = s[:k] + "\u200b" + s[k:]
    elif kind == "glue":
        for para in paras:
            for j in range(len(para) - 1):
                if para[j].endswith(".") and rng.random() < 0.5:
                    para[j:j + 2] = [para[j] + para[j + 1]]
                    break
    return kind


# ---------------------------------------------------------------- pages
def _page(n: int, row: dict, layout: str, pool: _Pool) -> Page | None:
    title, article = row.get("title"), row.get("article")
    if not isinstance(title, str) or not isinstance(article, str) or not title.strip():
        return None
    text, trailers = split_trailers(article)
    sents = sentences(text)
    if not sents:
        return None
    rng = random.Random(f"{SEED}:{n}")
    paras = _paragraphs(sents, rng)
    fault = _fault(rng, paras)
    b = _B(rng, pool, " ".join(title.split()), paras, trailers)
    _LAYOUT_FN[layout](b)
    lines = [(role, " ".join(t.split(" ")).strip()) for role, t in b.lines]
    body = [s for p in paras for s in p]
    if fault == "nfd":
        lines = [(role, unicodedata.normalize("NFD", t)) for role, t in lines]
        body = [unicodedata.normalize("NFD", s) for s in body]
    lines = [(role, t) for role, t in lines if t]
    # furniture never holds a body sentence (a short sentence could repeat a wording): drop such lines
    lines = [(role, t) for role, t in lines if role in ("body",) + META or not any(s in t for s in body)]
    return Page(text="\n".join(t for _, t in lines), body=body,
                furniture=[(role, t) for role, t in lines if role in KINDS], layout=layout)


def pages(train_path: Path) -> list[Page]:
    """One page per usable body row, layouts taken in turn so that every layout appears."""
    body_rows, related = _read(Path(train_path))
    pool = _Pool(related)
    out: list[Page] = []
    for n in sorted(body_rows):
        page = _page(n, body_rows[n], LAYOUTS[len(out) % len(LAYOUTS)], pool)
        if page is not None:
            out.append(page)
    return out


if __name__ == "__main__":
    import sys
    from collections import Counter

    ps = pages(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/vietnews_train.jsonl.gz"))
    print(len(ps), "pages", Counter(p.layout for p in ps))
