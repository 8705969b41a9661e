"""Blind held-out scraped-page set test14 (issue 21): VietNews stories inside page shapes written blind.

Stdlib only, seeded, deterministic. `pages(train_path)` gives one `Page` per usable row of BODY_ROWS;
related lists, teasers and captions come from RELATED_ROWS (other stories), never from the page's own story.
"""
from __future__ import annotations

import datetime as dt
import gzip
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20261203
BODY_ROWS = range(18_300, 18_600)
RELATED_ROWS = range(17_300, 18_000)
KINDS = ("byline", "credit", "caption", "related", "widget")
LAYOUTS = ("desktop_select_all", "mobile_web", "amp_view", "print_view", "text_browser", "reader_mode",
           "rss_reader", "email_digest", "facebook_repost", "zalo_share", "forum_thread", "aggregator_app",
           "live_blog", "photo_story", "video_page", "epaper_pdf", "provincial_portal", "ethnic_edition")


@dataclass
class Page:
    text: str
    body: list[str]
    furniture: list[tuple[str, str]] = field(default_factory=list)
    layout: str = ""


# ---------------------------------------------------------------- story text: sentences and trailers
_ABBREV = {"TP.", "Tp.", "ThS.", "TS.", "PGS.", "GS.", "BS.", "Th.S.", "Mr.", "Mrs.", "Ms.", "St.", "Dr.", "v.v.", "No.", "Q."}
_STOP_BEFORE_NAME = {"ở", "tại", "của", "và", "với", "từ", "đến", "tỉnh", "huyện", "phố", "xã", "sông", "quận",
                     "phường", "đường", "cầu", "thôn", "núi", "đảo", "chợ", "cho", "ông", "bà", "anh", "chị", "là"}
_SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
             "Dương", "Lý", "Đoàn", "Đinh", "Trương", "Lâm", "Mai", "Tạ", "Cao", "Lương", "Đào", "Phùng", "Vương", "Trịnh",
             "Hà", "Tô", "Châu", "Thái", "Quách", "Lưu", "Kiều", "Tăng"}
_CAPTION_HEAD = re.compile(r"^(Video|Clip|Ảnh|Đồ hoạ|Đồ họa|Infographic)\s*:")
_RELATED_MARK = re.compile(r"(?:(?<=\s)|^)(?:>\s*)+(?=\S)|Xem thêm\s*:|Đọc thêm\s*:|Tin liên quan\s*:")
_NOTE_MARK = re.compile(r"\s\*\s*(?=[A-ZĐ])")


def _is_upper_word(tok: str) -> bool:
    core = tok.strip("(),")
    return bool(core) and core[0].isupper() and all(
        ch.isalpha() or ch in ".'-" or unicodedata.category(ch).startswith("M") for ch in core)


def _trailing_name(text: str) -> tuple[str, str]:
    """Split `text` into (rest, names) where names is a trailing byline such as 'Hữu Công - Duy Trần'."""
    toks = text.split()
    if toks[-3:] == ["Nhóm", "phóng", "viên"]:
        return " ".join(toks[:-3]), "Nhóm phóng viên"
    names_at, end = None, len(toks)
    while True:
        i = end
        while i > 0 and end - i < 3 and _is_upper_word(toks[i - 1]):
            i -= 1
        if end - i == 3 and toks[i] not in _SURNAMES:
            i += 1
        if end - i == 0 or (end - i == 1 and "." not in toks[i]):
            break
        names_at = i
        if i >= 2 and toks[i - 1] == "-":
            end = i - 1
            continue
        break
    if names_at is None or (names_at > 0 and toks[names_at - 1].lower() in _STOP_BEFORE_NAME):
        return text, ""
    return " ".join(toks[:names_at]), " ".join(toks[names_at:])


def split_sentences(text: str) -> list[str]:
    """Split one VietNews paragraph into sentences (splits after . ! ? … before a capital, a digit or a quote)."""
    parts = re.split(r"(?<=[.!?…])\s+", text.strip())
    out: list[str] = []
    for part in parts:
        if not part:
            continue
        head = part.lstrip("\"“‘' (")
        prev_last = out[-1].split()[-1] if out else ""
        joins = (not _CAPTION_HEAD.match(part)) and (
                 not out or not head or not (head[0].isupper() or head[0].isdigit())
                 or prev_last in _ABBREV or re.fullmatch(r"[A-ZĐ]\.", prev_last or "-")
                 or len(part.split()) < 3)
        if out and _CAPTION_HEAD.match(out[-1]) and len(out[-1].split()) < 3:
            joins = True
        if joins and out:
            out[-1] = out[-1] + " " + part
        else:
            out.append(part)
    if len(out) > 1 and len(out[0].split()) < 3:
        out[1] = out[0] + " " + out[1]
        out.pop(0)
    return out


_ONE_WORD_SOURCES = {"Youtube", "YouTube", "Flickr", "VGP", "Otofun", "Facebook", "Reuters", "AFP", "AP", "TTXVN",
                     "Internet", "Zing", "Xinhua", "QH", "BTC", "NVCC", "FB"}


def _split_credit_head(sentence: str) -> tuple[str, str]:
    """'Ảnh: Bá Đô Ngày 15/2, ...' -> ('Ảnh: Bá Đô', 'Ngày 15/2, ...'): a photo/video credit glued to a sentence."""
    head, _, rest = sentence.partition(":")
    toks = rest.split()
    if toks[:2] == ["Tư", "liệu"]:
        n = 2
    elif toks and toks[0].strip(",.") in _ONE_WORD_SOURCES:
        n = 1
    else:
        run = 0
        while run < len(toks) and _is_upper_word(toks[run]) and not toks[run].endswith((",", ".")):
            run += 1
        if run < 2 and run < len(toks) and _is_upper_word(toks[run]) and toks[run].endswith((",", ".")):
            n = run + 1
        elif toks and "." in toks[0] and len(toks[0]) <= 5:
            n = 1
        elif run < 2:
            n = 0
        else:
            n = 3 if run >= 4 and toks[0] in _SURNAMES else 2
    if n == 0:
        return "", sentence
    while n + 1 < len(toks) and toks[n] in ("-", "/") and _is_upper_word(toks[n + 1]):
        n += 3 if n + 2 < len(toks) and _is_upper_word(toks[n + 2]) else 2
    credit = head + ": " + " ".join(toks[:n]).rstrip(",")
    body = " ".join(toks[n:]).lstrip(",;. ")
    if len(body.split()) < 3:
        return sentence, ""
    return credit, body


def split_article(article: str) -> list[tuple[str, str]]:
    """The story in page order: ('body', sentence) items and the furniture glued to it: (kind, text)."""
    text = re.sub(r"\s+", " ", article).strip()
    trailer: list[tuple[str, str]] = []
    m = _NOTE_MARK.search(text, max(0, len(text) - 300))
    if m:
        notes = [n.strip() for n in text[m.start():].split("*") if n.strip()]
        text = text[:m.start()].strip()
        rest, name = _trailing_name(notes[-1])
        if name and rest:
            notes[-1] = rest
        for n in notes:
            trailer.append(("related" if n.startswith("Video") else "widget", "* " + n))
        if name and rest:
            trailer.append(("byline", name))
    related: list[str] = []
    m = _RELATED_MARK.search(text, max(0, len(text) - 400))
    if m:
        zone = text[m.start():].strip()
        text = text[:m.start()].strip()
        related = [part.strip() for part in re.split(r"(?:^|\s)(?:>\s*)+", zone) if part.strip()]
    ends = [mm.end() for mm in re.finditer(r"[.!?…\"”]+(?=\s|$)", text)
            if not re.search(r"(?:^|\s)(?:[A-ZĐ]|TP|Th|St)\.$", text[:mm.end()])]
    cut = ends[-1] if ends else 0
    body_text, tail = text[:cut].strip(), text[cut:].strip()
    end: list[tuple[str, str]] = []
    byline = ""
    if tail:
        if re.fullmatch(r"\(?Theo [^()]{2,40}\)?", tail):
            end.append(("credit", tail))
        else:
            m2 = re.fullmatch(r"(.*?)\s*\((Theo [^()]+)\)", tail)
            if m2 and _trailing_name(m2.group(1))[1] == m2.group(1):
                byline, rest = tail, ""
            else:
                rest, byline = _trailing_name(tail)
            rest = rest.strip()
            if rest and _CAPTION_HEAD.match(rest):
                end.append(("caption", rest))
            elif rest and " / " in rest:
                related.insert(0, rest)
            elif rest:
                body_text = (body_text + " " + rest).strip()
    if not byline and related and not related[-1].startswith(("Xem thêm", "Đọc thêm")):
        last_rest, name = _trailing_name(related[-1])
        if name and last_rest:
            related[-1], byline = last_rest, name
    items: list[tuple[str, str]] = []
    for s in split_sentences(body_text):
        if not _CAPTION_HEAD.match(s):
            items.append(("body", s))
            continue
        credit, rest = _split_credit_head(s)
        if not rest:
            name_only = _trailing_name(s.partition(":")[2].strip().rstrip("."))
            items.append(("credit" if not name_only[0] and name_only[1] else "caption", s))
        else:
            items += [("credit", credit), ("body", rest)]
    items += end
    if byline:
        items.append(("byline", byline))
    items += trailer
    items += [("related", r) for r in related]
    return items


# ---------------------------------------------------------------- reading the rows
@dataclass
class Rel:
    """Another story, used for related lists, teasers and photo captions."""
    title: str
    caption: str
    lead: str


def _rows(train_path: Path, wanted: set[int]) -> dict[int, dict]:
    last, out = max(wanted), {}
    with gzip.open(train_path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n > last:
                break
            if n in wanted and line.strip():
                try:
                    row = json.loads(line)
                except ValueError:
                    continue
                if isinstance(row, dict) and isinstance(row.get("article"), str) and isinstance(row.get("title"), str) \
                        and row["article"].strip() and row["title"].strip():
                    out[n] = row
    return out


def _related_pool(rows: dict[int, dict]) -> tuple[list[Rel], list[str]]:
    rels, names = [], []
    for n in sorted(rows):
        if n not in RELATED_ROWS:
            continue
        items = split_article(rows[n]["article"])
        body = [t for k, t in items if k == "body"]
        names += [t for k, t in items if k == "byline" and len(t) < 40]
        if len(body) < 2:
            continue
        # a real caption: a sentence followed by its photo credit; else a short opening; else a short sentence
        credited = [t for (k, t), (k2, _) in zip(items, items[1:]) if k == "body" and k2 == "credit"]
        short = [t for t in body[:6] if 6 <= len(t.split()) <= 22 and '"' not in t and "”" not in t]
        caption = (credited or ([body[0]] if len(body[0].split()) <= 22 else short) or [body[0]])[0]
        rels.append(Rel(re.sub(r"\s+", " ", rows[n]["title"]).strip(), caption, body[1]))
    return rels, sorted(set(names)) or ["Minh Anh", "Hoàng Lâm"]


# ---------------------------------------------------------------- wordings (written for this set)
SITES = (("VnExpress", "vnexpress.net"), ("Tuổi Trẻ Online", "tuoitre.vn"), ("Thanh Niên", "thanhnien.vn"),
         ("Dân trí", "dantri.com.vn"), ("VietNamNet", "vietnamnet.vn"), ("Người Lao Động", "nld.com.vn"),
         ("Tiền Phong", "tienphong.vn"), ("Lao Động", "laodong.vn"), ("Sài Gòn Giải Phóng", "sggp.org.vn"),
         ("Báo Nghệ An", "baonghean.vn"), ("Báo Quảng Ninh", "baoquangninh.vn"), ("Báo Hà Tĩnh", "baohatinh.vn"),
         ("Báo Đà Nẵng", "baodanang.vn"), ("Báo Cần Thơ", "baocantho.com.vn"), ("Báo Thanh Hóa", "baothanhhoa.vn"),
         ("VOV", "vov.vn"), ("Báo Tin tức", "baotintuc.vn"), ("Zing News", "zingnews.vn"))
SECTIONS = ("Thời sự", "Xã hội", "Giao thông", "Pháp luật", "Đô thị", "Chính trị", "Môi trường", "Kinh tế", "Địa phương",
            "Dân sinh", "Tin nóng", "Điều tra")
MENU = ("Trang chủ", "Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật", "Giáo dục", "Sức khỏe",
        "Đời sống", "Du lịch", "Số hóa", "Xe", "Ý kiến", "Tâm sự", "Video", "Podcast")
WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
FIRST = ("Minh", "Lan", "Hùng", "Thảo", "Tuấn", "Hương", "Quang", "Ngọc", "Dũng", "Hạnh", "Phong", "Trang", "Bảo", "Vy")
LAST = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô")
COMMENTS = ("Mong cơ quan chức năng vào cuộc xử lý nghiêm, đừng để tái diễn nữa.",
            "Đọc mà thấy xót xa quá, cầu mong mọi người bình an.",
            "Năm nào cũng hứa mà có thấy thay đổi gì đâu!",
            "Bài viết rất hay, cảm ơn phóng viên đã phản ánh kịp thời.",
            "Quê tôi cũng y chang vậy, đề nghị báo về tìm hiểu thêm.",
            "Trách nhiệm thuộc về ai đây? Cần làm rõ đến cùng.",
            "Ủng hộ chủ trương này, làm sớm ngày nào dân đỡ khổ ngày đó.",
            "Tôi đi ngang qua đó sáng nay, đúng là ùn tắc khủng khiếp.",
            "Sao không ai nói đến chuyện quy hoạch từ đầu nhỉ",
            "Hy vọng lần này làm thật, không phải chỉ là phong trào.")
NOTICES = ("Mời bạn đọc gửi tin tức, hình ảnh, video về sự việc cho chúng tôi qua email toasoan@{d}.",
           "Bài viết thể hiện quan điểm riêng của tác giả, không nhất thiết phản ánh quan điểm của Ban biên tập.",
           "Mọi hình thức sao chép thông tin, hình ảnh phải có sự đồng ý bằng văn bản của {s}.",
           "Bạn đang đọc bài viết trên phiên bản thử nghiệm, vui lòng gửi góp ý để chúng tôi hoàn thiện.",
           "Đăng ký nhận bản tin mỗi sáng để không bỏ lỡ những tin tức quan trọng nhất trong ngày.",
           "Tải ứng dụng {s} để đọc tin nhanh hơn và nhận thông báo tin nóng.",
           "Nếu bạn có thông tin liên quan đến vụ việc, vui lòng liên hệ đường dây nóng 0912 345 678.",
           "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web này.",
           "Bình luận của bạn sẽ được biên tập trước khi đăng, xin vui lòng gõ tiếng Việt có dấu.",
           "Quý độc giả có thể đặt mua báo in qua bưu điện hoặc tại các sạp báo trên toàn quốc.")
ADS = ("Quảng cáo", "QUẢNG CÁO", "Advertisement", "Nội dung tài trợ",
       "Vay tiêu dùng lãi suất chỉ từ 0,8%/tháng, giải ngân trong 24 giờ, không cần thế chấp.",
       "Căn hộ view sông chỉ từ 1,9 tỷ, thanh toán 30% nhận nhà ngay - Gọi 0909 888 999",
       "Giảm đến 50% toàn bộ sản phẩm điện máy cuối tuần này, duy nhất tại các siêu thị trên toàn quốc.",
       "Học tiếng Anh online 1 kèm 1 với giáo viên bản ngữ, học thử miễn phí 7 ngày.",
       "Mua bảo hiểm sức khỏe trực tuyến, nhận ngay ưu đãi 20% phí năm đầu.")
SHARE = ("Chia sẻ", "Facebook", "Zalo", "Twitter", "Email", "In bài", "Copy link", "Lưu bài", "Gửi bài", "Thích", "Tweet")
TAG_WORDS = ("tai nạn giao thông", "Hà Nội", "TP HCM", "cháy nổ", "Quốc hội", "ô nhiễm môi trường", "BOT", "thời tiết",
             "an toàn thực phẩm", "xây dựng", "giáo dục", "cứu hộ", "nông nghiệp", "đường sắt", "biển đảo", "tham nhũng")
CREDIT_FORMS = ("Theo {o}", "(Theo {o})", "Nguồn: {o}", "Theo {o} - {o2}", "Tổng hợp từ {o} và {o2}", "(Nguồn: {o})",
                "Bài viết được đăng lại từ {o}", "Theo TTXVN/Vietnam+", "(Theo Reuters, AFP)", "Nguồn tin: {o}")
BYLINE_FORMS = ("{n}", "{N}", "{n} - {m}", "{N} - {M}", "Bài và ảnh: {n}", "{n} (TTXVN)", "Phóng viên {n}", "Tác giả: {n}",
                "Nhóm PV", "{n} (thực hiện)", "{N} (từ Hà Nội)", "Ghi chép của {n}", "{n} - {m} (TTXVN)", "{i}", "{n} / {s}",
                "Người viết: {n}", "{N} - {M} (VNA)", "PV", "{n} - {e}", "{n} | {e}")
OUTLETS = ("VnExpress", "Tuổi Trẻ", "Thanh Niên", "Dân trí", "VTV", "VOV", "TTXVN", "Zing", "Người Lao Động", "Lao Động",
           "Tiền Phong", "Nhân Dân", "Quân đội Nhân dân", "Pháp luật TP HCM", "VietNamNet", "Báo Giao thông")


# ---------------------------------------------------------------- one page's material
class Ctx:
    """What a layout draws on: the story in paragraphs, its trailer, other stories, names, dates, a seeded RNG."""

    def __init__(self, rng: random.Random, title: str, items: list[tuple[str, str]], rels: list[Rel], names: list[str]):
        self.rng, self.title, self.rels, self.names = rng, title, rels, names
        last = max(i for i, (k, _) in enumerate(items) if k == "body")
        self.trailer = [it for it in items[last + 1:]]
        self.blocks = self._paragraphs(items[:last + 1])
        self.site, self.domain = rng.choice(SITES)
        self.when = dt.datetime(2014, 1, 1, 6) + dt.timedelta(days=rng.randrange(2000), minutes=rng.randrange(960))
        self.section = rng.choice(SECTIONS)
        self._rel_order = rng.sample(range(len(rels)), min(len(rels), 40))

    def _paragraphs(self, items: list[tuple[str, str]]) -> list[tuple[str, object]]:
        sents = [t for k, t in items if k == "body"]
        want = max(1, min(len(sents), self.rng.randint(2, 8)))
        cuts = set(self.rng.sample(range(1, len(sents)), want - 1)) if len(sents) > 1 else set()
        blocks: list[tuple[str, object]] = []
        para: list[str] = []
        n = 0
        for kind, text in items:
            if kind != "body":
                if para:
                    blocks.append(("body", para))
                    para = []
                blocks.append((kind, text))
                continue
            if n in cuts and para:
                blocks.append(("body", para))
                para = []
            para.append(text)
            n += 1
        if para:
            blocks.append(("body", para))
        return blocks

    def take_bylines(self) -> list[tuple[str, str]]:
        """Remove the article's own bylines from its trailer (a layout that shows them elsewhere)."""
        taken = [it for it in self.trailer if it[0] == "byline"]
        self.trailer = [it for it in self.trailer if it[0] != "byline"]
        return taken

    def has_byline(self) -> bool:
        return any(k == "byline" for k, _ in self.trailer)

    # -- drawing
    def pick(self, seq):
        return self.rng.choice(seq)

    def related(self, k: int) -> list[Rel]:
        out = self._rel_order[:k]
        self._rel_order = self._rel_order[k:] + self._rel_order[:k]
        return [self.rels[i] for i in out]

    def name(self) -> str:
        return self.pick(self.names)

    def person(self) -> str:
        return f"{self.pick(LAST)} {self.pick(FIRST)}"

    def byline(self) -> str:
        n, m = self.name(), self.name()
        initials = ".".join(w[0] for w in n.split()[:-1]) + "." + n.split()[-1].upper()
        ascii_name = unicodedata.normalize("NFD", n.replace("Đ", "D").replace("đ", "d")).encode("ascii", "ignore")
        email = ascii_name.decode().lower().replace(" ", "").replace(".", "") + "@" + self.domain
        return self.pick(BYLINE_FORMS).format(n=n, m=m, N=n.upper(), M=m.upper(), i=initials, s=self.site, e=email)

    def restyle_bylines(self, form: str) -> None:
        """Show the article's own byline the way this site does ('{b}' is the name as VietNews has it)."""
        self.trailer = [(k, form.format(b=t, s=self.site) if k == "byline" else t) for k, t in self.trailer]

    def credit(self) -> str:
        o, o2 = self.rng.sample(OUTLETS, 2)
        return self.pick(CREDIT_FORMS).format(o=o, o2=o2)

    def caption(self) -> list[tuple[str, str]]:
        """A photo caption from another story's opening sentence, in one of several credit shapes."""
        cap = self.related(1)[0].caption
        who = self.pick((self.name(), "TTXVN", "Reuters", "Tư liệu", "Internet", "NVCC", "AFP", self.name().upper()))
        form = self.rng.randrange(8)
        if form == 0:
            return [("caption", f"{cap[:-1] if cap.endswith('.') else cap} (Ảnh: {who})")]
        if form == 1:
            return [("caption", f"{cap} Ảnh: {who}")]
        if form == 2:
            return [("caption", cap), ("credit", f"Ảnh: {who}")]
        if form == 3:
            return [("caption", cap.rstrip("."))]
        if form == 4:
            return [("caption", f"{cap[:-1] if cap.endswith('.') else cap} - Ảnh: {who}")]
        if form == 5:
            return [("caption", f"{cap} (Ảnh minh họa)")]
        if form == 6:
            return [("caption", f"Ảnh: {cap}")]
        return [("caption", cap)]

    def teaser(self, rel: Rel, cut: bool | None = None) -> str:
        words = rel.lead.split()
        if cut is None:
            cut = self.rng.random() < 0.5
        if cut and len(words) > 14:
            return " ".join(words[:self.rng.randint(9, 14)]).rstrip(",;") + self.pick(("…", "...", " ..."))
        return rel.lead

    def date(self, style: int | None = None) -> str:
        d = self.when
        wd = WEEKDAYS[d.weekday()]
        style = self.rng.randrange(8) if style is None else style
        return (f"{wd}, {d.day}/{d.month}/{d.year}, {d:%H:%M} (GMT+7)",
                f"{d:%d/%m/%Y %H:%M}",
                f"{d:%d/%m/%Y} - {d:%H:%M}",
                f"Cập nhật: {d:%H:%M} ngày {d.day}/{d.month}/{d.year}",
                f"{wd}, ngày {d.day} tháng {d.month} năm {d.year}",
                f"{d:%H:%M} | {d:%d/%m/%Y}",
                f"{d:%d-%m-%Y, %H:%M}",
                f"Đăng lúc {d:%H:%M} {d:%d/%m/%Y}")[style]

    def ago(self) -> str:
        return self.pick(("2 giờ trước", "35 phút trước", "Hôm qua lúc 21:14", "1 ngày", "5 giờ", "Vừa xong",
                          f"{self.when.day} tháng {self.when.month} lúc {self.when:%H:%M}"))

    def tags(self) -> list[str]:
        return self.rng.sample(TAG_WORDS, self.rng.randint(2, 5))

    def notice(self) -> str:
        return self.pick(NOTICES).format(s=self.site, d=self.domain)

    def comment_rows(self, k: int) -> list[tuple[str, str]]:
        rows = []
        for c in self.rng.sample(COMMENTS, k):
            who = self.person()
            form = self.rng.randrange(3)
            if form == 0:
                rows += [("widget", who), ("widget", c), ("widget", self.pick(("Thích · Trả lời", "Trả lời", "12 Thích")))]
            elif form == 1:
                rows.append(("widget", f"{who}: {c}"))
            else:
                rows += [("widget", f"{who} - {self.ago()}"), ("widget", c)]
        return rows

    def story(self, inline=None, rate: float = 0.0, trailer: bool = True) -> list[tuple[str, object]]:
        """The paragraphs with the article's own inline furniture; `inline()` gives extra entries between paragraphs."""
        out: list[tuple[str, object]] = []
        seen_body = 0
        n_body = sum(1 for k, _ in self.blocks if k == "body")
        for kind, payload in self.blocks:
            if kind == "body" and inline and 0 < seen_body < n_body and self.rng.random() < rate:
                out += inline()
            out.append((kind, payload))
            seen_body += kind == "body"
        if trailer:
            out += self.trailer
        return out


# ---------------------------------------------------------------- layouts
def _rel_list(c: Ctx, k: int, style: int | None = None) -> list[tuple[str, str]]:
    """k related headlines in one of several list shapes (some with leads, some joined on one line)."""
    rels = c.related(k)
    style = c.rng.randrange(7) if style is None else style
    if style == 0:
        return [("related", r.title) for r in rels]
    if style == 1:
        return [e for r in rels for e in (("related", r.title), ("related", c.teaser(r)))]
    if style == 2:
        return [("related", " | ".join(r.title for r in rels))]
    if style == 3:
        bullet = c.pick(("•", "-", "»", "+", ">>"))
        return [("related", f"{bullet} {r.title}") for r in rels]
    if style == 4:
        return [("related", f"{r.title} ({c.rng.randint(1, 28)}/{c.rng.randint(1, 12)})") for r in rels]
    if style == 5:
        return [("related", f"{r.title} - {c.teaser(r, cut=True)}") for r in rels]
    return [e for i, r in enumerate(rels, 1) for e in (("related", f"{i}. {r.title}"),)]


def _inline_box(c: Ctx) -> list[tuple[str, str]]:
    r = c.related(1)[0]
    return [c.pick((("related", f"Xem thêm: {r.title}"), ("related", f"ĐỌC THÊM: {r.title.upper()}"),
                    ("related", f">> {r.title}"), ("related", f"Tin liên quan: {r.title}"),
                    ("related", f"{r.title} {c.teaser(r, cut=True)}")))]


def _inline_mix(c: Ctx, ads: float = 0.3, boxes: float = 0.3):
    def inline() -> list[tuple[str, str]]:
        x = c.rng.random()
        if x < ads:
            return [("widget", c.pick(ADS))]
        if x < ads + boxes:
            return _inline_box(c)
        if x > 0.92:
            return [("widget", c.notice())]
        return c.caption()
    return inline


def _footer(c: Ctx) -> list[tuple[str, str]]:
    return c.rng.sample([("widget", f"© Copyright 2010 - {c.when.year + 1} {c.site}. All rights reserved."),
                         ("widget", f"Giấy phép số {c.rng.randint(100, 599)}/GP-BTTTT do Bộ Thông tin và Truyền thông cấp."),
                         ("widget", "Tổng biên tập: " + c.person()),
                         ("widget", "Liên hệ quảng cáo | Đường dây nóng | Chính sách bảo mật"),
                         ("widget", f"Tòa soạn: số {c.rng.randint(1, 200)} phố Lý Thường Kiệt, quận Hoàn Kiếm, Hà Nội"),
                         ("widget", f"Ghi rõ nguồn \"{c.site}\" khi phát hành lại thông tin từ website này.")],
                        c.rng.randint(2, 4))


def desktop_select_all(c: Ctx):
    out = [("source", c.site), ("widget", c.pick(("Đăng nhập", "Đăng nhập | Đăng ký", "Hotline: 0965 011 011")))]
    out += [("widget", m) for m in c.rng.sample(MENU, c.rng.randint(4, 8))]
    out += [("widget", c.pick((f"{c.section} » {c.pick(SECTIONS)}", f"Trang chủ > {c.section} > {c.pick(SECTIONS)}",
                               f"{c.section.upper()} / {c.pick(SECTIONS)}"))), ("date", c.date()), ("title", c.title)]
    if c.rng.random() < 0.4:  # some sites print the byline under the title, not after the story
        out += c.take_bylines() or [("byline", c.byline())]
    shares = c.rng.sample(SHARE, c.rng.randint(3, 5))
    out += [("widget", " ".join(shares))] if c.rng.random() < 0.5 else [("widget", x) for x in shares]
    out += c.story(_inline_mix(c, 0.15, 0.35), rate=0.4)
    if c.rng.random() < 0.4:
        out.append(("credit", c.credit()))
    out += [("widget", "Tags: " + ", ".join(c.tags())), ("widget", "TIN LIÊN QUAN")] + _rel_list(c, 3)
    out += [("widget", c.pick(("Tin đọc nhiều", "Xem nhiều nhất", "ĐỌC NHIỀU")))] + _rel_list(c, 4, 6)
    out += [("widget", f"Ý kiến ({c.rng.randint(2, 90)})")] + c.comment_rows(2) + _footer(c)
    return out


def mobile_web(c: Ctx):
    out = [("widget", "Menu"), ("source", c.site), ("widget", "Tìm kiếm"), ("widget", c.section.upper()),
           ("title", c.title), ("date", c.date(c.pick((1, 5, 7)))),
           ("widget", c.pick(("▶ Nghe bài viết", "Nghe đọc bài 03:12", "Nghe tin")))]
    out += c.story(_inline_mix(c, 0.45, 0.3), rate=0.5)
    if c.rng.random() < 0.5:
        out.append(c.pick((("byline", c.byline()), ("credit", c.credit()))))
    out += [("widget", c.pick(("Bài viết liên quan", "Có thể bạn quan tâm", "ĐỌC TIẾP")))] + _rel_list(c, 3, 1)
    out += [("widget", c.notice()), ("widget", c.pick(("Mở ứng dụng", "Tải app", "Đọc trên ứng dụng"))),
            ("widget", "Lên đầu trang")]
    return out


def amp_view(c: Ctx):
    out = [("source", c.domain), ("widget", c.pick(("← Quay lại", "Trang chủ"))), ("title", c.title),
           ("date", c.date()), ("widget", "Xem phiên bản đầy đủ")]
    out += c.story(_inline_mix(c, 0.6, 0.0), rate=0.6)
    out += [("widget", s) for s in c.rng.sample(SHARE, 2)]
    out += [("widget", "Tin cùng chuyên mục")] + _rel_list(c, 4, c.pick((0, 2, 3))) + [("widget", "Về trang chủ")]
    return out


def print_view(c: Ctx):
    folded = unicodedata.normalize("NFD", c.title.lower().replace("đ", "d")).encode("ascii", "ignore").decode()
    slug = "-".join(re.sub(r"[^a-z0-9 ]", "", folded).split()[:7])
    out = [("widget", c.pick(("In bài viết", "Bản in", "In trang này"))), ("source", f"{c.site} điện tử" if c.site.startswith("Báo") else f"Báo điện tử {c.site}"),
           ("widget", f"Địa chỉ bài viết: https://{c.domain}/{slug}-{c.rng.randint(10**6, 10**7)}.html"),
           ("date", c.date(c.pick((2, 4)))), ("title", c.title)]
    out += c.story(c.caption, rate=0.25)
    if not c.has_byline() and c.rng.random() < 0.7:
        out.append(("byline", c.byline()))
    if c.rng.random() < 0.5:
        out.append(("credit", c.credit()))
    out += [("widget", "Từ khóa: " + ", ".join(c.tags())), ("widget", f"© {c.site}. Bản quyền thuộc về {c.site}."),
            ("widget", f"Bản in từ website {c.domain} lúc {c.when + dt.timedelta(days=3):%H:%M %d/%m/%Y}"),
            ("widget", "Đóng cửa sổ")]
    return out


def text_browser(c: Ctx):
    n = iter(range(1, 999))
    out = [("source", f"{c.site} - {c.pick(('Báo tiếng Việt nhiều người xem nhất', 'Tin tức 24h', 'Thông tin nhanh'))}"),
           ("widget", "#[1]alternate [2]RSS")]
    out += [("widget", " ".join(f"[{next(n) + 2}]{m}" for m in c.rng.sample(MENU, 6)))]
    out += [("widget", "[IMG]"), ("title", c.title), ("date", c.date()),
            ("widget", f"* [{next(n) + 10}]Chia sẻ * [{next(n) + 10}]Facebook")]

    def inline():
        return [("widget", "[IMG]")] + c.caption()
    out += c.story(inline, rate=0.35)
    out += [("widget", "Tin liên quan")]
    out += [("related", f"* [{next(n) + 20}]{r.title}") for r in c.related(3)]
    out += [("widget", "References")]
    out += [("widget", f"{i}. https://{c.domain}/{p}") for i, p in enumerate(("", "rss", "thoi-su", "the-gioi"), 1)]
    return out


def reader_mode(c: Ctx):
    top = [t for k, t in c.trailer if k == "byline"]
    out = [("source", c.domain), ("title", c.title), ("byline", top[0] if top else c.byline()),
           ("widget", c.pick(("4-5 phút", "Thời gian đọc: 4 phút", "6 – 8 phút"))), ("date", c.date(c.pick((0, 3))))]
    out += c.story(c.caption, rate=0.45)
    out += [("widget", c.pick(("Xem trên trang gốc", "Lưu vào Pocket", "Nghe bài này")))]
    out += [("widget", c.pick(("Xem thêm:", "Tin liên quan:")))] + _rel_list(c, c.rng.randint(2, 4), c.pick((0, 3, 5)))
    out += [("widget", c.notice())]
    return out


def rss_reader(c: Ctx):
    out = [("source", f"{c.site} - {c.pick(('Tin mới nhất', 'Thời sự', 'Tin nổi bật'))}"), ("title", c.title),
           ("byline", f"bởi {c.name()}"), ("date", c.date(c.pick((1, 6)))),
           ("widget", c.pick(("Truy cập trang web", "Mở bài gốc", "Xem trên trang gốc")))]
    out += c.story(c.caption, rate=0.2)
    out += [("widget", s) for s in ("Đánh dấu đã đọc", "Lưu để đọc sau", "Chia sẻ")]
    out += [("widget", f"Cũng trong nguồn {c.site}")] + _rel_list(c, 4, c.pick((1, 5)))
    return out


def email_digest(c: Ctx):
    out = [("widget", "Nếu email không hiển thị đúng, hãy xem phiên bản trên trình duyệt."),
           ("source", f"Bản tin {c.site}"), ("date", c.date(4)), ("widget", "Xin chào bạn đọc,"),
           ("widget", c.pick(("Dưới đây là những tin đáng chú ý nhất sáng nay.", "Chúc bạn một ngày làm việc hiệu quả với các tin nổi bật dưới đây."))),
           ("widget", "TIN CHÍNH"), ("title", c.title)]
    out += c.story()
    out += [("widget", "Đọc tiếp trên website →"), ("widget", "CÁC TIN KHÁC")] + _rel_list(c, 3, 1)
    out += [("widget", f"Bạn nhận được email này vì đã đăng ký bản tin của {c.site}."),
            ("widget", "Hủy đăng ký | Quản lý tùy chọn nhận tin"), ("widget", f"Chuyển tiếp email này cho bạn bè")]
    return out


def facebook_repost(c: Ctx):
    c.restyle_bylines(c.pick(("{b}", "✍️ {b}", "PV {b}")))
    out = [("source", c.pick((f"Báo {c.site}", c.site, "Tin Nóng 24h", "Hóng Biz"))), ("date", c.ago()),
           ("title", c.pick(("🔴 ", "[NÓNG] ", "⚡ ", "")) + c.title)]
    out += c.story(trailer=c.rng.random() < 0.5)
    out += [("credit", c.pick((f"Nguồn: {c.site}", f"(Nguồn: {c.domain})", f"Theo {c.site}", f"Cre: {c.site}"))),
            ("widget", " ".join("#" + t.replace(" ", "") for t in c.tags())), ("widget", f"{c.rng.randint(1, 9)},{c.rng.randint(1, 9)}K"),
            ("widget", f"{c.rng.randint(20, 900)} bình luận {c.rng.randint(5, 300)} lượt chia sẻ"),
            ("widget", "Thích Bình luận Chia sẻ"), ("widget", "Phù hợp nhất")]
    out += c.comment_rows(3) + [("widget", "Xem thêm bình luận"), ("widget", "Viết bình luận...")]
    return out


def zalo_share(c: Ctx):
    out = [("widget", "Zalo"), ("source", c.site), ("widget", c.pick(("Quan tâm", "Đã quan tâm"))), ("title", c.title),
           ("date", c.date(c.pick((1, 2))))]
    out += c.story(c.caption, rate=0.3)
    out += [("widget", "Bài viết liên quan")] + _rel_list(c, 3, c.pick((0, 4)))
    out += [("widget", "Chia sẻ qua Zalo"), ("widget", "Mở trong Zalo để xem đầy đủ nội dung"),
            ("widget", f"{c.rng.randint(100, 9000)} lượt xem")]
    return out


def forum_thread(c: Ctx):
    nick = c.pick(("bacsiquay", "hoangtuech", "otofun_member", "chuyengia88", "lang_thang", "xe_om_cong_nghe"))
    out = [("source", c.pick(("Otofun", "VOZ Forums", "Webtretho", "Tinh tế"))),
           ("widget", c.pick(("Diễn đàn › Chuyện trò linh tinh", "Trang chủ › Tin tức - Sự kiện", "Forums › Xã hội"))),
           ("title", c.pick(("[Tin tức] ", "", "Chấn động: ")) + c.title),
           ("widget", f"Thảo luận trong '{c.section}' bắt đầu bởi {nick}"), ("date", c.date(c.pick((1, 6)))),
           ("widget", nick), ("widget", c.pick(("Thành viên", "Senior Member", "Xe container"))),
           ("widget", f"Bài viết: {c.rng.randint(10, 9000)}"), ("widget", "Trích:")]
    out += c.story()
    out += [("widget", "Bấm để mở rộng..."), ("credit", c.pick((f"Nguồn: https://{c.domain}", f"Nguồn {c.site}",
                                                              f"Link: {c.domain}")))]
    for k in range(2, 2 + c.rng.randint(2, 4)):
        out += [("widget", f"#{k}"), ("widget", c.person().replace(" ", "").lower() + str(c.rng.randint(1, 99))),
                ("widget", c.pick(COMMENTS)), ("widget", c.pick(("Thích · Trả lời", "Trả lời", "Like x 3")))]
    out += [("widget", "Bạn phải đăng nhập hoặc đăng ký để trả lời bài viết.")]
    return out


def aggregator_app(c: Ctx):
    c.restyle_bylines(c.pick(("{b}", "{b}/{s}", "{b} ({s})")))
    out = [("widget", "Báo Mới"), ("source", c.site), ("date", c.ago()), ("title", c.title)]
    out += c.story(_inline_mix(c, 0.5, 0.2), rate=0.3)
    out += [("widget", c.pick(("Link bài gốc", "Xem bài gốc", "Lấy link"))), ("widget", "Tin cùng chủ đề")]
    for r in c.related(4):
        out += [("related", r.title), ("widget", f"{c.pick(SITES)[0]} · {c.ago()}")]
    out += [("widget", "Tải ứng dụng Báo Mới để đọc tin nhanh hơn"), ("widget", "Tin mới")]
    if c.rng.random() < 0.5:
        out.insert(4, ("credit", c.pick((f"Theo {c.site}", f"Nguồn: {c.site}", c.credit()))))
    return out


def live_blog(c: Ctx):
    out = [("source", c.site), ("widget", c.pick(("TRỰC TIẾP", "● TRỰC TIẾP", "Tường thuật trực tiếp"))),
           ("title", c.title), ("date", c.date(3)), ("widget", "Cập nhật liên tục"), ("widget", "Làm mới")]
    t = c.when + dt.timedelta(hours=6)
    for kind, payload in c.story():
        if kind == "body":
            t -= dt.timedelta(minutes=c.rng.randint(4, 55))
            out.append(("widget", c.pick((f"{t:%H:%M}", f"{t:%Hh%M}", f"Cập nhật {t:%H:%M}"))))
        out.append((kind, payload))
    out += [("widget", "Bật thông báo để nhận diễn biến mới nhất"), ("widget", "Diễn biến trước đó")] + _rel_list(c, 2, 0)
    return out


def photo_story(c: Ctx):
    total = c.rng.randint(8, 15)
    shown = iter(range(1, 99))

    def inline():
        return [("widget", f"Ảnh {next(shown)}/{total}")] + c.caption()
    out = [("source", c.site), ("widget", c.pick(("Ảnh", "Photo", "Phóng sự ảnh"))), ("title", c.title), ("date", c.date())]
    out += inline() + c.story(inline, rate=0.8)
    out += [("byline", c.pick(("Thực hiện: ", "Bài, ảnh: ", "Ảnh và bài: ", "Nhóm thực hiện: ")) + c.name()),
            ("credit", c.pick(("Đồ họa: ", "Thiết kế: ")) + c.name()), ("widget", "Xem thêm ảnh")]
    out += [("related", f"Ảnh: {r.title}") for r in c.related(3)]
    return out


def video_page(c: Ctx):
    out = [("source", c.site), ("widget", "Video"), ("widget", f"00:00 / 0{c.rng.randint(1, 5)}:{c.rng.randint(10, 59)}"),
           ("widget", c.pick(("Tắt tiếng", "Bật âm thanh"))), ("widget", "Toàn màn hình"), ("title", c.title),
           ("date", c.date(c.pick((1, 5)))), ("widget", f"Lượt xem: {c.rng.randint(1000, 99999):,}".replace(",", "."))]
    out += c.story()
    out += [("widget", c.pick(("Video khác", "Xem tiếp", "Video cùng chuyên mục")))]
    out += [("related", f"{r.title} 0{c.rng.randint(1, 9)}:{c.rng.randint(10, 59)}") for r in c.related(4)]
    return out


def epaper_pdf(c: Ctx):
    d = c.when
    out = [("widget", f"SỐ {c.rng.randint(50, 360)} ({c.rng.randint(5000, 9000):,}) • {WEEKDAYS[d.weekday()].upper()} {d.day}-{d.month}-{d.year}".replace(",", ".")),
           ("source", c.site.upper()), ("widget", c.section.upper()), ("widget", str(c.rng.randint(2, 15))),
           ("title", c.title.upper() if c.rng.random() < 0.5 else c.title), ("date", c.date(4))]
    c.trailer = [(k, t.upper() if k == "byline" else t) for k, t in c.trailer]
    blocks = c.story(c.caption, rate=0.2)
    mid = c.rng.randrange(1, max(2, len(blocks)))
    out += blocks[:mid] + [("widget", f"(Xem tiếp trang {c.rng.randint(2, 16)})"),
                           ("widget", f"(Tiếp theo trang {c.rng.randint(1, 3)})")] + blocks[mid:]
    out += [("byline", c.byline().upper())] if not c.has_byline() else []
    out += [("widget", f"{c.site.upper()} • {d.day}-{d.month}-{d.year}"),
            ("widget", c.pick(("Giá: 4.000 đồng", "Chịu trách nhiệm xuất bản: " + c.person(), "In tại Công ty In Báo")))]
    out += [("widget", "CÙNG SỐ BÁO")] + _rel_list(c, 2, 0)
    return out


def provincial_portal(c: Ctx):
    prov = c.pick(("Nghệ An", "Hà Tĩnh", "Quảng Trị", "Thanh Hóa", "Bình Định", "Đồng Tháp", "Lâm Đồng", "Lào Cai"))
    c.restyle_bylines(c.pick(("{b}", "{b} (tổng hợp)", "Tin: {b}")))
    out = [("source", f"Cổng thông tin điện tử tỉnh {prov}"), ("widget", f"Sở Thông tin và Truyền thông tỉnh {prov}")]
    out += [("widget", m) for m in ("Giới thiệu", "Tin tức - Sự kiện", "Văn bản pháp luật", "Thủ tục hành chính", "Hỏi đáp")]
    out += [("widget", f"Tin tức - Sự kiện > {c.section}"), ("title", c.title), ("date", f"Ngày đăng: {c.when:%d/%m/%Y}"),
            ("widget", f"Lượt xem: {c.rng.randint(80, 5000)}"), ("widget", "In bài | Gửi email | Lưu")]
    out += c.story(c.caption, rate=0.2)
    out += [("byline", f"Tác giả: {c.name()}"), ("credit", c.pick((f"Nguồn: Báo {prov}", c.credit()))),
            ("widget", "Tổng số điểm của bài viết là: 12 trong 3 đánh giá"), ("widget", "Click để đánh giá bài viết"),
            ("widget", "Các tin khác")] + _rel_list(c, 4, 4)
    out += [("widget", f"Bản quyền thuộc Cổng thông tin điện tử tỉnh {prov}"),
            ("widget", f"Ghi rõ nguồn 'Cổng thông tin điện tử tỉnh {prov}' khi phát hành lại thông tin từ Cổng này.")]
    return out


def ethnic_edition(c: Ctx):
    langs = ("Tiếng Việt", "Ê Đê", "Jrai", "Ba Na", "Khmer", "H'Mông", "Thái", "Xơ Đăng", "Chăm", "Cơ Ho")
    out = [("source", c.pick(("VOV4 - Kênh Dân tộc", "Báo Dân tộc và Phát triển", "Đài PT-TH Đắk Lắk"))),
           ("widget", " | ".join(c.rng.sample(langs, 5))), ("widget", c.pick(("Phát thanh tiếng dân tộc", "Chương trình tiếng dân tộc"))),
           ("widget", c.section), ("title", c.title), ("date", c.date(c.pick((2, 4)))),
           ("widget", f"Nghe bản tin tiếng {c.pick(langs[1:])}"), ("widget", f"0{c.rng.randint(2, 9)}:{c.rng.randint(10, 59)}")]
    out += c.story(c.caption, rate=0.3)
    out += [("byline", c.byline())] if not c.has_byline() else [("credit", c.credit())]
    out += [("widget", f"Bản tin này được phát bằng tiếng {c.pick(langs[1:])} lúc {c.rng.randint(5, 21)}h hằng ngày."),
            ("widget", "Tin cùng chuyên mục")] + _rel_list(c, 3, c.pick((0, 4, 6)))
    out += [("widget", "Tải ứng dụng VOV Media để nghe trực tiếp")]
    return out


_BUILDERS = {name: globals()[name] for name in LAYOUTS}


# ---------------------------------------------------------------- scraper faults and assembly
FAULTS = ("nbsp", "zwsp", "double", "nfd", "glue")


def _fault_text(text: str, fault: str, rng: random.Random) -> str:
    """One scraper fault inside a line or a sentence (never at its edges)."""
    if fault == "nfd":
        return unicodedata.normalize("NFD", text)
    gaps = [m.start() for m in re.finditer(" ", text)]
    if not gaps or fault == "glue":
        return text
    at = rng.choice(gaps)
    new = {"nbsp": "\u00a0", "zwsp": " \u200b", "double": "  "}[fault]
    return text[:at] + new + text[at + 1:]


def _assemble(entries: list[tuple[str, object]], layout: str, fault: str, rng: random.Random) -> Page:
    rows: list[tuple[str, object]] = []
    for role, payload in entries:
        if role == "body":
            sents = list(payload)
            if fault == "glue" and len(sents) > 1 and rng.random() < 0.5:
                i = rng.randrange(len(sents) - 1)
                sents[i:i + 2] = [sents[i] + sents[i + 1]]
            elif fault and fault != "glue":
                sents = [_fault_text(s, fault, rng) if fault == "nfd" or rng.random() < 0.3 else s for s in sents]
            rows.append(("body", sents))
        else:
            text = str(payload).strip()
            if fault and fault != "glue" and (fault == "nfd" or (role in KINDS and rng.random() < 0.4)):
                text = _fault_text(text, fault, rng).strip()
            if text:
                rows.append((role, text))
    body = [s for role, p in rows if role == "body" for s in p]
    fixed = {p for role, p in rows if role in ("title", "date", "source")}
    bad = {s for s in body for line in fixed if s in line}
    lines, furniture, kept = [], [], []
    for role, payload in rows:
        if role == "body":
            sents = [s for s in payload if s not in bad]
            if sents:
                kept += sents
                lines.append(" ".join(sents))
        elif role in KINDS:
            if payload in fixed or any(s in payload for s in body):
                continue
            lines.append(payload)
            furniture.append((role, payload))
        else:
            lines.append(payload)
    return Page(text="\n".join(lines), body=kept, furniture=furniture, layout=layout)


def pages(train_path: Path) -> list[Page]:
    """One page per usable row of BODY_ROWS, every layout used, all from a seeded RNG."""
    rows = _rows(Path(train_path), set(BODY_ROWS) | set(RELATED_ROWS))
    rels, names = _related_pool(rows)
    if len(rels) < 10:
        raise ValueError(f"{train_path}: too few usable rows in {RELATED_ROWS} for related lists")
    stories = []
    for n in BODY_ROWS:
        if n in rows:
            items = split_article(rows[n]["article"])
            if any(k == "body" for k, _ in items):
                stories.append((n, re.sub(r"\s+", " ", rows[n]["title"]).strip(), items))
    order_rng = random.Random(SEED)
    layouts: list[str] = []
    while len(layouts) < len(stories):
        layouts += order_rng.sample(LAYOUTS, len(LAYOUTS))
    out = []
    for (n, title, items), layout in zip(stories, layouts):
        rng = random.Random(f"{SEED}:{n}:{layout}")
        ctx = Ctx(rng, title, items, rels, names)
        fault = rng.choice(FAULTS) if rng.random() < 0.3 else ""
        out.append(_assemble(_BUILDERS[layout](ctx), layout, fault, rng))
    return out
