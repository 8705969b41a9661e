"""Cleaning: raw scraped article text -> Article (title, date, source, story paragraphs, sentences).

``clean`` is deterministic and idempotent (``clean(clean(x).to_text())`` is ``clean(x)`` but for its
``captions``, which the text form leaves out); it only removes lines and re-spaces text, it never adds words.
"""
from __future__ import annotations

import re

from vnsumm.article import Article
from vnsumm.clean.boilerplate import find_boilerplate, shape_verdicts
from vnsumm.clean.captions import LEAD_WORDS, PICTURE, image_slot, page_captions, story_opened
from vnsumm.clean.classifier import LineModel, load_model
from vnsumm.clean.credits import is_byline, is_credit, labelled_names, names_source, take_credits, writer_affiliation
from vnsumm.clean.lines import BULLET, HARD, TAG, Kind, Line, classify, make_lines, one_sentence, personal_byline
from vnsumm.clean.metadata import parse_date_line, parse_source_line, strip_credit_prefix, strip_date_prefix
from vnsumm.clean.normalize import VI_LOWER, normalize, normalize_line
from vnsumm.clean.sentences import split_sentences
from vnsumm.clean.widgets import SENT_END
from vnsumm.clean.wording import load_wording

__all__ = ["clean", "content_lines", "split_sentences", "normalize"]

_WORD_CHAR = re.compile(r"\w")
_OPEN_END = re.compile(r"[\w,\-–(]$")
_LOWER_START = re.compile(f"^[{VI_LOWER}]")
# a field ("pubDate: …"), a message under its sender ("tuan.nguyen88: …", "bạn đọc Đức Anh: …") or what a screen
# reader announces ("liên kết, <headline>", "hình ảnh, <caption>") starts a line of its own, not the rest of a wrapped one
_FIELD = re.compile(r"^\s*(?:(?:\w{2,12}|[\w.]{2,30}\d[\w.]*|bạn đọc(?:\s+\w+){1,4}):\s"
                    r"|(?:liên kết|link|nút|hình ảnh|hình|đồ họa|đồ hoạ|biểu trưng|danh sách|tiêu đề)\s*,\s)")
_FILE_NAME = re.compile(r"^\s*\S+\.(?:jpe?g|png|gif|webp|svg|bmp)\s*$", re.I)  # "anh-1.jpg": where an image is, alone
_MIN_TITLE_WORDS = 4
_MAX_TOP_TEASER_WORDS = 30  # a related item's teaser over the title (boilerplate's bound is for any teaser)
_MAX_PASSES = 4
_MAX_TOP_CAPTION_WORDS = 20  # a caption under the lead photo; a lead there is longer
_MIN_STORY_WORDS = 6  # a line this long may be the whole story of a page that would otherwise be empty
_MODEL_MIN_PROSE = 150  # words of prose the line model needs to see a page's shape


def _open_end(line: str) -> bool:
    """``_OPEN_END`` (one character and the end) looked for at the end of ``line`` only."""
    return _OPEN_END.search(line, max(0, len(line) - 2)) is not None


def _content_lines(text: str) -> list[str]:
    """Non-empty lines; a line hard-wrapped mid-sentence is joined back to the one before."""
    lines: list[str] = []
    blank_before = True
    for raw in text.split("\n"):
        if not _WORD_CHAR.search(raw) and not PICTURE.match(raw):  # blank, or punctuation only (not a picture's mark)
            blank_before = True
            continue
        if lines and not blank_before and _open_end(lines[-1]) and _LOWER_START.match(raw) \
                and len(lines[-1].split()) >= 3 and parse_date_line(raw.strip()) is None and not _FIELD.match(raw) \
                and not _FILE_NAME.match(raw):
            # a date ("thứ tư, ngày 27 …") or a field ("pubDate: …") stands alone
            lines[-1] = normalize_line(f"{lines[-1]} {raw}")
        else:
            lines.append(raw)
        blank_before = False
    return lines


def _split_prefixes(lines: list[str]) -> tuple[str | None, list[str], dict[int, str]]:
    """Take metadata glued before a line's text, as often as it repeats:

    * a date: " date 2025-11-02 Tổng Bí thư ..." anywhere (the label makes it unambiguous), a bare
      "08/05/2025 16:53 Sáng 8/5 ..." only on the first line of content;
    * an agency credit: "(HG) – Chiều ..." (the agency is remembered by line index).
    """
    def repeated(i: int) -> bool:
        return (i > 0 and lines[i - 1] == lines[i]) or (i + 1 < len(lines) and lines[i + 1] == lines[i])

    first_text = next((i for i, line in enumerate(lines) if classify(line) not in HARD and not repeated(i)), 0)
    found: str | None = None
    out, credits = [], {}
    for i, line in enumerate(lines):
        while True:
            iso, rest = strip_date_prefix(line, labelled_only=i != first_text)
            if iso and rest:
                found = found or iso
                line = rest
                continue
            src, rest = strip_credit_prefix(line)
            if src and rest:
                credits.setdefault(i, src)
                line = rest
                continue
            break
        out.append(line)
    return found, out, credits


def _pick_title(lines: list[Line]) -> tuple[int | None, set[int]]:
    """Index of the title among the leading lines, and the indexes of leading labels to drop."""
    wording = load_wording()
    candidates: list[int] = []
    notices: list[int] = []  # lines over the first candidate worded as furniture: labels, and the search goes on
    first = True
    for i, line in enumerate(lines):
        repeated = (i > 0 and lines[i - 1].key == line.key) or (i + 1 < len(lines) and lines[i + 1].key == line.key)
        dated_caption = line.kind is Kind.CAPTION and i + 1 < len(lines) and lines[i + 1].kind is Kind.DATE
        if (line.hard and not dated_caption) or repeated:  # "Cận cảnh …" over the date is a title, not a caption
            continue
        if not candidates and not _over_date(lines, i) and wording.label(line.text):  # "Bản lưu có thể …" over it
            notices.append(i)
            continue
        if dated_caption:
            candidates.append(i)
            first = False
            continue
        if line.words >= _MIN_TITLE_WORDS and _LOWER_START.match(line.text):
            break  # a title starts with a capital: this is the story (unpunctuated text often starts so)
        if line.kind is Kind.TEASER and line.words <= _MAX_TOP_TEASER_WORDS and not _over_date(lines, i):
            continue  # a related item's teaser cut with "…" over the title
        if line.kind in (Kind.SENTENCE, Kind.TEASER, Kind.QUESTION):
            over_date = _over_date(lines, i) or _under_section_date(lines, i, candidates)
            no_title_yet = first or over_date or all(lines[c].words < _MIN_TITLE_WORDS or _credit_shaped(lines[c])
                                                     for c in candidates)
            if not (no_title_yet and not line.text.endswith(".") and line.words <= 40):
                if _teasers_over_dated_title(lines, i, candidates):
                    candidates.append(i)  # a newsletter's teasers over the story's dated title: labels
                    continue
                break
            candidates.append(i)  # a title with a question mark, quoted speech or a glued lead
        if line.kind is Kind.HEADLINE:
            candidates.append(i)
        first = False
    if not candidates:
        return None, set()
    # "Thanh Tâm (lược dịch)" over the date is the byline, not the title (it stays a leading label)
    pool = [i for i in candidates if not _credit_shaped(lines[i])] or candidates
    pool = [i for i in pool if not BULLET.match(lines[i].text)] or pool  # "• <headline>": a list's item
    pool = [i for i in pool if not wording.label(lines[i].text)] or pool  # "Bản tin sáng - Báo X": a label
    long = [i for i in pool if lines[i].words >= _MIN_TITLE_WORDS]
    dated = [i for i in pool if _over_date(lines, i)]
    # a date under it marks the title; else the longest (a share or newsletter line above it is shorter)
    dated = [_over_credits(lines, i, long) for i in dated]
    long_dated = [i for i in long if i in dated]
    title = long_dated[0] if long_dated else (max(long, key=lambda i: lines[i].words) if long
                                              else (dated[0] if dated else None))
    under = [i for i in pool if title is not None and i > title and _under_section_date(lines, i, [title])]
    if under:
        title = under[0]  # "Thế giới" / "Thứ bảy, 10/12/2019" / the title: the section's name sits over the date
    if title is None:  # only short labels ("Thời sự"): no title, and the labels go if a story follows
        story_follows = any(line.kind is Kind.SENTENCE for line in lines)
        return None, set(candidates + notices) if story_follows else set()
    story_follows = any(line.kind is Kind.SENTENCE for line in lines[title + 1:])
    labels = {i for i in candidates if i < title or (story_follows and lines[i].words < _MIN_TITLE_WORDS)}
    labels |= {i for i in notices if i < title}
    for i in candidates:  # the writer and what the writer does under the title: labels (the byline is kept)
        if i - 1 > title and _role_under_byline(lines, i):
            labels |= {i - 1, i}
    # an image's place under the title stays with the short line under it, its caption ("Ảnh 1/3" / "<caption>");
    # a longer line there is the story's lead
    labels -= {i for i in labels if i > title and i + 1 < len(lines) and i + 1 not in labels and image_slot(lines[i])
               and lines[i + 1].words <= _MAX_TOP_CAPTION_WORDS}
    return title, labels - {title}


_MAX_CREDITS_OVER_DATE = 2
_MAX_TEASERS_OVER_TITLE = 3


def _teasers_over_dated_title(lines: list[Line], i: int, candidates: list[int]) -> bool:
    """No dated title yet, and the line at ``i`` starts a run of up to three one-sentence lines right over a
    title-length headline that sits over the date: other stories' teasers at the top of a newsletter."""
    if any(_over_date(lines, c) for c in candidates):
        return False
    for j in range(i, min(i + _MAX_TEASERS_OVER_TITLE + 1, len(lines))):
        line = lines[j]
        if line.kind is Kind.HEADLINE and j > i:
            return line.words >= _MIN_TITLE_WORDS and _over_date(lines, j)
        if not (line.hard or (line.kind in (Kind.SENTENCE, Kind.TEASER, Kind.QUESTION) and line.words <= 40
                              and one_sentence(line.text))):
            return False
    return False


def _over_date(lines: list[Line], i: int) -> bool:
    """The line at ``i`` sits right over the date, or over a byline or credit or two over it ("Tiêu đề" /
    "Thu Hà - Ngân Hà" / "11-07-2019 10:19")."""
    for j in range(i + 1, min(i + 2 + _MAX_CREDITS_OVER_DATE, len(lines))):
        if lines[j].kind is Kind.DATE:
            return True
        if not _credit_shaped(lines[j]):
            return False
    return False


_MAX_SECTION_WORDS = 5


def _under_section_date(lines: list[Line], i: int, candidates: list[int]) -> bool:
    """The line at ``i`` is right under a date that sits under a section's name ("Người tốt việc tốt",
    "Quốc phòng - An ninh"), and longer than it by half again: the title of a page that dates the story
    before its title."""
    if i < 2 or lines[i - 1].kind is not Kind.DATE or lines[i].text.endswith("."):
        return False
    section = i - 2
    return section in candidates and lines[section].words <= _MAX_SECTION_WORDS \
        and lines[i].words * 2 >= lines[section].words * 3


def _over_credits(lines: list[Line], dated: int, long: list[int]) -> int:
    """The title over a date: the line over it unless that is a credit ("Bài viết đăng lại từ Báo X") or byline
    under a longer title line, or a writer's trade or workplace under the byline ("TS. Vũ Minh Đức" / "Viện
    Nghiên cứu …") under a title-length line, then that line."""
    role = _role_under_byline(lines, dated)
    i = dated - 1 if role else dated
    while i > 0 and (is_credit(lines[i]) or is_byline(lines[i].text)):
        i -= 1
    return i if i != dated and i in long and (role or lines[i].words > lines[dated].words) else dated


def _role_under_byline(lines: list[Line], i: int) -> bool:
    """The line at ``i`` names a writer's trade or workplace, right under a byline ("TS. X" / "Viện Nghiên cứu …")."""
    return i > 0 and is_byline(lines[i - 1].text) and writer_affiliation(lines[i].text)


def _credit_shaped(line: Line) -> bool:
    """A byline ("Thanh Tâm (lược dịch)"), a source line ("* Theo Báo Tiền Phong") or a role and its people
    ("Người dẫn: Thu Hà và Lê Linh"): never the title."""
    return is_byline(line.text) or names_source(line) or labelled_names(line.text.strip(" *•-–"))


def _leading_metadata(lines: list[Line], kind: Kind, title_idx: int | None) -> list[str]:
    """Texts of the ``kind`` lines before the story's first sentence (the title aside), those under the
    title first (a related block's teasers above the title do not end the search)."""
    below, above = [], []
    for i, line in enumerate(lines):
        if i == title_idx:
            continue
        above_title = title_idx is not None and i < title_idx
        if line.kind in (Kind.SENTENCE, Kind.TEASER, Kind.QUESTION) and not above_title:
            break
        if line.kind is kind:
            (above if above_title else below).append(line.text)
    return below + above


def clean(text: str) -> Article:
    """Turn raw scraped article text into an Article holding only the story.

    The result is a fixed point: cleaning its own text form changes nothing but the captions, which that
    form leaves out (the check is cheap: an Article's text is normalised already, and line classifications
    and the line model's verdicts are remembered). The captions cleaning left out are kept in ``captions``.
    """
    article = _clean_once(text)
    for _ in range(_MAX_PASSES):
        again = _clean_once(article.to_text(), normalized=True)
        again.captions = article.captions + [c for c in again.captions if c not in article.captions]  # the text form has none
        if again == article:
            break
        article = again
    return article


def content_lines(text: str) -> list[str]:
    """A page's lines as the cleaner reads them (normalised, hard-wrapped lines joined, glued dates and agencies taken
    off): a kept one is a paragraph of ``clean(text)``, word for word."""
    return _split_prefixes(_content_lines(normalize(text)))[1]


def page_lines(text: str) -> tuple[list[Line], str | None, str | None]:
    """A page's body lines (title and leading labels taken off), its title and its date."""
    body, title, date, _ = _page_parts(text)
    return body, title, date


# a forum topic's or an e-mail's label before its title: "Chủ đề: …", "Tiêu đề: …", "Fwd: …"
_TITLE_LABEL = re.compile(r"^(?:chủ đề|tiêu đề|topic|title|subject|re|fwd?|tv|chuyển tiếp)\s*:\s*(?=\S)", re.I)


def _page_parts(text: str, normalized: bool = False) -> tuple[list[Line], str | None, str | None, list[Line]]:
    """``page_lines`` and the leading labels taken off under the title (``normalized``: ``text`` is
    an Article's own text form, already normalised)."""
    glued_date, raw_lines, agencies = _split_prefixes(_content_lines(text if normalized else normalize(text)))
    lines = make_lines(raw_lines)
    if not lines:
        return [], None, None, []
    for i, agency in agencies.items():
        lines[i].agency = agency
    title_idx, labels = _pick_title(lines)
    if title_idx is None or _credit_shaped(lines[title_idx]):  # no title, or only a name ("Báo Hà Tĩnh") over the date
        tagged = _tagged_title(lines)
        if tagged is not None:
            labels = labels | ({title_idx} if title_idx is not None and title_idx < tagged else set())
            title_idx = tagged
    if title_idx is None:  # a notice in sentences over the page ("Đây là bản lưu …") stopped the search
        dated = _dated_headline(lines)
        if dated is not None:
            title_idx, labels = dated, labels - {dated}
    title = _TITLE_LABEL.sub("", TAG.sub("", lines[title_idx].text)) if title_idx is not None else None

    dates = [d for d in (parse_date_line(t) for t in _leading_metadata(lines, Kind.DATE, title_idx)) if d]
    date = glued_date or (dates[0] if dates else None)
    body = [ln for i, ln in enumerate(lines) if i != title_idx and i not in labels
            and not (title and ln.key == lines[title_idx].key)]
    below_title = [i for i in sorted(labels) if title_idx is not None and i > title_idx]  # a byline sits under it
    return body, title, date, [lines[i] for i in below_title]


def _dated_headline(lines: list[Line]) -> int | None:
    """When no line is the title: the first headline of title length over the date (bylines or credits between) with
    the story's first paragraph under them."""
    for i, line in enumerate(lines):
        if line.kind is Kind.HEADLINE and line.words >= _MIN_TITLE_WORDS and _over_date(lines, i):
            j = i + 1
            while j < len(lines) and (lines[j].kind is Kind.DATE or _credit_shaped(lines[j])):
                j += 1
            if j < len(lines) and lines[j].kind is Kind.SENTENCE and lines[j].words >= LEAD_WORDS:
                return i
    return None


def _tagged_title(lines: list[Line]) -> int | None:
    """When no line is the title (or only a name is): a headline behind a badge ("[NÓNG] <headline>", read as a link
    to another item) right over the story's first paragraph, with only dates, bylines, credits or widgets between."""
    lead = next((i for i, line in enumerate(lines) if line.kind is Kind.SENTENCE and line.words >= LEAD_WORDS), None)
    for i in range(lead - 1 if lead is not None else -1, -1, -1):
        line = lines[i]
        if line.kind is Kind.LINK and TAG.match(line.text) and len(line.text.split()) > _MIN_TITLE_WORDS:
            return i
        if not (line.kind in (Kind.DATE, Kind.SOURCE, Kind.SHARE) or _credit_shaped(line)):
            return None
    return None


def furniture(lines: list[Line], model: bool = True) -> list[bool]:
    """For each body line, whether it is page furniture: the hand rules, then the line model and the
    wording model (``vnsumm.clean.wording``: a short line whose words read as menus or notices).

    Verdicts are remembered per page (they depend only on the page's line texts), so the passes
    that check what is left and that the result is a fixed point do not pay twice."""
    line_model = load_model() if model else None
    key = (tuple(ln.text for ln in lines), line_model)
    found = _VERDICTS.get(key)
    if found is None:
        if len(_VERDICTS) >= _MAX_VERDICTS:
            _VERDICTS.clear()
        found = _VERDICTS[key] = tuple(_page_furniture(lines, line_model))
    return list(found)


_VERDICTS: dict[tuple, tuple[bool, ...]] = {}
_MAX_VERDICTS = 64


def _page_furniture(lines: list[Line], line_model: LineModel | None) -> list[bool]:
    drop = find_boilerplate(lines)
    if line_model is None:
        return shape_verdicts(lines, drop)
    short = sum(ln.words for ln in lines if ln.kind is Kind.SENTENCE and ln.words >= 15) < _MODEL_MIN_PROSE
    # the line model learned from full-length pages: a few lines give it no context
    drop = shape_verdicts(lines, drop if short else line_model.decide(lines, drop))
    wording = load_wording()
    # menus, notices, ads by their words; on a short page, where little story shows how the page reads, only lines
    # that end no sentence ("Video đang xem", "Bạn chưa có tài khoản? Đăng ký") and are neither a subheading between
    # two of the story's sentences nor an item of a list under a line ending in a colon ("Bước 1: Mở ứng dụng")
    # A sentence the story opens with a time or a connective ("Cuối tuần trước, người dân đã trình báo …") is spared.
    drop = [dropped or (wording.furniture(ln.text) and not story_opened(ln.text) and not (short and (
        SENT_END.search(ln.text) or _subheading(lines, i, drop) or _list_item(lines, i, drop))))
            for i, (ln, dropped) in enumerate(zip(lines, drop))]
    for i in range(1, len(lines)):  # the story's own credit ("Mộc Miên (Tổng hợp)") closes it
        if drop[i] and personal_byline(lines[i]):
            j = i - 1
            while j > 0 and lines[j].kind is Kind.CAPTION:  # a photo caption may sit between the story and its credit
                j -= 1
            if not drop[j] and not lines[j].hard:
                drop[i] = False
    return drop


def _subheading(lines: list[Line], i: int, drop: list[bool]) -> bool:
    """Whether line ``i`` has kept sentences of the story right over and under it."""
    return 0 < i < len(lines) - 1 and all(not drop[j] and lines[j].kind is Kind.SENTENCE for j in (i - 1, i + 1))


_MAX_LIST_ITEMS = 12


def _list_item(lines: list[Line], i: int, drop: list[bool]) -> bool:
    """Whether line ``i`` is one of a run of kept lines that are no sentences, under a kept line ending in a colon
    ("Để đăng ký, người dân làm theo các bước sau:")."""
    j = i
    while j > 0 and i - j < _MAX_LIST_ITEMS and not drop[j - 1] and lines[j - 1].kind is not Kind.SENTENCE:
        j -= 1
    return j > 0 and not drop[j - 1] and lines[j - 1].text.rstrip().endswith(":")


def _story(body: list[Line], model: bool) -> list[Line]:
    """The body lines that survive the furniture rules (and the line model), to a fixed point."""
    drop = furniture(body, model)
    kept = [ln for ln, dropped in zip(body, drop) if not dropped]
    for _ in range(_MAX_PASSES):  # what is left must survive its own cleaning (idempotence)
        again = furniture(kept, model)
        if not any(again):
            break
        kept = [ln for ln, dropped in zip(kept, again) if not dropped]
    return kept


def _never_empty(body: list[Line], title: str | None, model: bool) -> tuple[list[Line], str | None]:
    """What is kept when the rules and the model would remove everything: a page is never emptied by the
    line model alone, nor by context rules alone when it holds prose-shaped lines, nor by taking its only
    line as the title (a one-sentence passage is the story, not a headline)."""
    kept = _story(body, model=False) if model else []
    if not kept:
        kept = [ln for ln in body if not ln.hard and ln.words >= _MIN_STORY_WORDS]
    if not kept and title and len(title.split()) >= _MIN_STORY_WORDS:
        kept, title = make_lines([title]), None
    return kept, title


def _clean_once(text: str, model: bool = True, normalized: bool = False) -> Article:
    """One cleaning pass (``model=False``: the hand rules alone, as the line model's training input)."""
    body, title, date, top = _page_parts(text, normalized)
    sources = [parse_source_line(ln.text) for ln in body if ln.kind is Kind.SOURCE]
    source = next((s for s in sources if s), None)
    kept = _story(body, model)
    if not kept:
        kept, title = _never_empty(body, title, model)
    story, byline, credits = take_credits(body, kept, top)
    if not story:  # a page of names or credits only keeps them as its story
        byline, credits = None, []
    kept = story or kept
    credited = set(credits) | set(byline.split("; ") if byline else [])
    captions = [c for c in page_captions(body, {id(ln) for ln in kept}) if c not in credited]
    paragraphs = [ln.text for ln in kept]
    if source is None and kept:
        source = kept[0].agency
    sentences = [s for p in paragraphs for s in split_sentences(p)]
    return Article(title=title, date=date, source=source, paragraphs=paragraphs, sentences=sentences,
                   byline=byline, credits=credits, captions=captions)
