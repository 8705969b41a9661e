"""Which lines of a scraped article are the story, and which are page furniture.

Each line has a kind from its own shape (``vnsumm.clean.lines``); here context decides: a
marker opens a block of related headlines, a run of headline/stamp/teaser lines at the end is
a related-articles block even without a marker, and repeated lines are captions or link
lists. A line that reads like a body sentence is only dropped when its neighbours prove it is
a teaser of a related block, and never while a credit line ("Nguồn: ...") still follows it.
"""
from __future__ import annotations

import re

from vnsumm.clean.captions import (LEAD_WORDS, credited_caption, image_slot, mark_captions_over_credits, opens_as_story,
                                   photo_caption, story_before)
from vnsumm.clean.credits import is_byline, is_credit
from vnsumm.clean.lines import (BULLET, ELLIPSIS_END, INNER_BOUNDARY, SOURCE_AGO, Kind, Line, looks_like_byline, one_sentence,
                                personal_byline)
from vnsumm.clean.metadata import parse_source_line
from vnsumm.clean.normalize import VI_UPPER

__all__ = ["find_boilerplate", "shape_verdicts"]

_MAX_TEASER_WORDS = 120
_UPDATED = re.compile(r"^(?:cập nhật|updated?|sửa đổi|chỉnh sửa)\b", re.I)  # the page's own update stamp, no item's
_CUT_END = re.compile(r"[\w,]\s?(?:\.\.\.+|…)$")  # cut mid-sentence: a word (or a comma) before the dots
_DOTS_END = ("...", "…", "...\n", "…\n")  # how a line _CUT_END matches ends (tested first: cheaper)


def _strong_group(lines: list[Line], head: int) -> bool:
    """A headline at ``head`` shown twice or followed by a time stamp: a related-article item."""
    nxt = lines[head + 1] if head + 1 < len(lines) else None
    prev = lines[head - 1] if head > 0 else None
    return bool(nxt and (nxt.kind is Kind.DATE or nxt.key == lines[head].key)) or bool(
        prev and prev.key == lines[head].key)


def _live_entry(lines: list[Line], start: int) -> bool:
    """A time stamp at ``start`` (or after page widgets there: a caption) followed by story prose, not a
    headline: the next entry of a live blog ("17:43 / paragraph / 18:01 / paragraph"), so the sentence above
    it is an entry too, not a related item's teaser."""
    stamp = start
    while stamp < len(lines) and lines[stamp].hard and lines[stamp].kind is not Kind.DATE:
        stamp += 1
    nxt = lines[stamp + 1] if stamp + 1 < len(lines) else None
    return lines[stamp].kind is Kind.DATE and nxt is not None and nxt.kind is Kind.SENTENCE and not nxt.hard \
        if stamp < len(lines) else False


_MAX_ENTRY_HEAD_WORDS = 9


def _entry_stamp(lines: list[Line], k: int) -> int | None:
    """The time stamp over line ``k``: right over it, or over a short line there (an entry's heading or reporter:
    "11:19 / PV Hữu Hà / <entry>"); None when there is none."""
    if k > 0 and lines[k - 1].kind is Kind.DATE:
        return k - 1
    if k > 1 and lines[k - 2].kind is Kind.DATE and lines[k - 1].kind is Kind.HEADLINE \
            and lines[k - 1].words <= _MAX_ENTRY_HEAD_WORDS:
        return k - 2
    return None


def _under_stamp(lines: list[Line], k: int) -> bool:
    """Prose of a paragraph's length under a time stamp: what a live blog's entry looks like."""
    line = lines[k]
    return line.kind is Kind.SENTENCE and line.words >= LEAD_WORDS and _entry_stamp(lines, k) is not None


def _live_blog(lines: list[Line]) -> bool:
    """Two or more entries of prose between time stamps ("… / 12:18 / entry / 12:33 / …"): a live blog, where a
    related list has a headline over each stamp instead."""
    entries = 0
    for k in range(2, len(lines)):
        stamp = _entry_stamp(lines, k) if _under_stamp(lines, k) else None
        entries += stamp is not None and stamp > 0 and lines[stamp - 1].kind is Kind.SENTENCE \
            and lines[stamp - 1].words >= LEAD_WORDS
    return entries >= 2


def _teaser_head(lines: list[Line], i: int, start: int) -> int | None:
    """Index of the headline a sentence at ``i`` would be the teaser of, if it sits in teaser position."""
    j = i - 1
    while j >= start and lines[j].kind is Kind.DATE:
        j -= 1
    if j < start:
        return None
    if (lines[j].kind in (Kind.HEADLINE, Kind.QUESTION, Kind.TEASER) and not credited_caption(lines[j])
            and not (j + 1 < i and looks_like_byline(lines[j]))) or lines[j].key == lines[i].key:
        return j  # a photo's caption heads no related item, nor does a byline over the story's date
    if lines[j].kind is Kind.MARKER and j == i - 1:
        return j
    return None


_MAX_COMMENT_WORDS = 30
_MAX_LABEL_HEAD_WORDS = 4  # a button's or a label's words ("Tắt quảng cáo"), fewer than a headline's


def _explains_tail(lines: list[Line], i: int, start: int, drop: list[bool], credit_after: list[bool],
                   credit_before: list[bool], closed_before: list[bool]) -> bool:
    """Whether line ``i`` fits in a trailing block of page furniture that starts at ``start``."""
    line = lines[i]
    if drop[i] or line.hard or line.kind is Kind.HEADLINE:
        return True
    if line.kind is Kind.QUESTION and not credit_after[i]:
        return True
    if closed_before[i] and not credit_after[i] and line.words <= _MAX_COMMENT_WORDS and one_sentence(line.text):
        return True  # a reader's comment under the story's closing credit ("Nguồn: X")
    if line.kind is Kind.TEASER and i > 0 and (drop[i - 1] or lines[i - 1].hard) and not _photo_furniture(lines[i - 1]):
        return True  # a teaser cut with "…" right under page furniture, but not under a photo's caption: a related item
    head = _teaser_head(lines, i, start)
    if head is None:
        return False
    if line.kind is Kind.TEASER:
        return True
    if lines[head].kind is Kind.HEADLINE and lines[head].words <= _MAX_LABEL_HEAD_WORDS \
            and line.kind is Kind.SENTENCE and line.words > _MAX_COMMENT_WORDS and not looks_like_byline(lines[head]):
        return False  # a paragraph longer than a comment under "Tắt quảng cáo", "TÍNH NGAY": no item's headline
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt and nxt.kind is Kind.DATE and _story_stamp(lines, i + 1):
        return False  # the story's last paragraph over its update stamp, or over its date and byline
    if _strong_group(lines, head) or (nxt and (nxt.key == line.key or nxt.kind is Kind.DATE)):
        return True
    if credit_after[i]:
        return False  # a credit line still follows: this is the story's end, not a teaser
    if lines[head].kind is Kind.MARKER:
        return credit_before[i] and line.words <= 60  # an info box after the story's credit line
    in_list = head > 0 and lines[head - 1].kind in (Kind.HEADLINE, Kind.QUESTION)
    return not in_list and _weak_teaser(line)  # a headline list is not followed by teasers


def _story_stamp(lines: list[Line], k: int) -> bool:
    """A stamp at ``k`` that closes the story, not an item: the page's update stamp ("Cập nhật 18:08 ngày 21/7"), or
    a date over the writer's name ("27/06/2017 - 10:23" / "Đỗ Khánh Đạt - Nguyễn Diệu Hà")."""
    return bool(_UPDATED.match(lines[k].text)) or (k + 1 < len(lines) and personal_byline(lines[k + 1]))


def _weak_teaser(line: Line) -> bool:
    """One sentence of teaser length: what a related-article item shows under its headline."""
    return line.words <= _MAX_TEASER_WORDS and one_sentence(line.text)


def _tail_start(lines: list[Line], drop: list[bool], live: bool) -> int:
    """First index of the trailing block of non-story lines (len(lines) if there is none); ``live``: the page is a
    live blog's."""
    n = len(lines)
    first_story = next((i for i, ln in enumerate(lines) if ln.kind is Kind.SENTENCE and not drop[i]), n)
    credit_after = _credit_after(lines)
    credit_before = _credit_before(lines)
    closed_before = _closed_before(lines)
    start = n
    while start > 0 and _explains_tail(lines, start - 1, 0, drop, credit_after, credit_before, closed_before):
        start -= 1
    while start < n and not _explains_tail(lines, start, start, drop, credit_after, credit_before, closed_before):
        start += 1
    start = max(start, first_story + 1)  # never the whole story
    # nor a kept paragraph longer than any teaser or comment: the story goes on past a widget block within it
    start = max([start] + [k + 1 for k in range(start, n) if not drop[k] and lines[k].kind is Kind.SENTENCE
                           and lines[k].words > _MAX_TEASER_WORDS])
    # nor, as the last prose before any list's label or link, a sentence that goes on from the story before it ("Trong
    # đó, …", "Từ đó, …"): another item's teaser opens its own story, and a list's items follow one another
    story_end = next((k for k in range(min(start, n) - 1, -1, -1) if not drop[k] and lines[k].kind is Kind.SENTENCE
                      and _teaser_head(lines, k, 0) is None), -1)  # the story's last paragraph, no item's teaser
    list_at = next((k for k in range(story_end + 1, n) if lines[k].kind in (Kind.MARKER, Kind.LINK)), n)
    prose = [k for k in range(start, list_at) if not drop[k] and lines[k].kind in (Kind.SENTENCE, Kind.TEASER)]
    if prose and _goes_on(lines[prose[-1]]):
        start = prose[-1] + 1
    if start < n and live:  # a live blog's last entry under its stamp ends the story, not the block
        start = max([start] + [k + 1 for k in range(start, n) if not drop[k] and _under_stamp(lines, k)])
    # The first line(s) of the block may be the end of the story after all.
    while start < n:
        region = lines[start:]
        evidence = any(ln.hard or drop[start + i] or ln.kind is Kind.TEASER or _desk_credit(ln)
                       for i, ln in enumerate(region)) or sum(ln.kind is Kind.HEADLINE for ln in region) >= 2
        first = lines[start]
        if not evidence:
            return n
        if personal_byline(first) and not drop[start]:
            start += 1
            continue
        if first.kind is Kind.QUESTION and _answered(lines, start, drop) >= 2:
            start += 2  # an interview's question and its answer, not a related headline and its teaser
            continue
        if first.kind in (Kind.CAPTION, Kind.SHARE, Kind.LINK) and any(
                personal_byline(ln) and not drop[start + 1 + k] for k, ln in enumerate(lines[start + 1:start + 3])):
            start += 1  # a caption or link between the story and its byline
            continue
        if _signed_under_photo(lines, start, drop):
            start += 1  # the story's last paragraph right over its byline, under a photo's caption or place
            continue
        if first.kind is Kind.HEADLINE and start + 1 < n and lines[start + 1].kind is Kind.SENTENCE \
                and not _strong_group(lines, start):
            groups = sum(1 for i in range(start + 2, n) if lines[i].kind is Kind.SENTENCE
                         and _teaser_head(lines, i, start) is not None)
            if groups == 0 and not any(ln.hard for ln in region):
                start += 2  # a sub-heading and its paragraph closing the story
                continue
        break
    return start


_MAX_PHOTO_BUTTON_WORDS = 3


def _photo_furniture(line: Line) -> bool:
    """A photo's caption, credit or place, or a short button by it ("Phóng to")."""
    return line.kind in (Kind.CAPTION, Kind.SOURCE) or image_slot(line) or (
        line.kind is Kind.HEADLINE and line.words <= _MAX_PHOTO_BUTTON_WORDS)


# the connectives that tie a sentence to the one before it, which a related item's teaser does not open with
_GOES_ON = re.compile(r"^(?:Tuy nhiên|Trong đó|Từ đó|Đặc biệt|Ngoài ra|Riêng|Bên cạnh đó|Cùng với đó|Do đó|Vì vậy|Vì thế|Theo đó"
                      r"|Sau đó|Trước đó|Cũng theo|Đồng thời|Mặt khác|Hơn nữa|Như vậy|Dù vậy|Tuy vậy|Thế nhưng|Không chỉ vậy)\b")


def _goes_on(line: Line) -> bool:
    """A full sentence of the story opened by a connective that ties it to the sentence before it."""
    return line.kind is Kind.SENTENCE and line.words >= LEAD_WORDS and line.text.endswith((".", '."', ".”")) \
        and bool(_GOES_ON.match(line.text))


_MAX_PHOTO_LINES = 2


def _signed_under_photo(lines: list[Line], start: int, drop: list[bool]) -> bool:
    """A signed paragraph (``_signed_paragraph``) at ``start``, or under up to two lines of a photo's furniture there."""
    for k in range(start, min(start + _MAX_PHOTO_LINES + 1, len(lines) + 1)):
        if _signed_paragraph(lines, k, drop):
            return True
        if k >= len(lines) or not _photo_furniture(lines[k]):
            return False
    return False


def _signed_paragraph(lines: list[Line], k: int, drop: list[bool]) -> bool:
    """A paragraph the rules kept at ``k``, a full sentence or more, right over a byline naming people: the story's
    last paragraph and its byline, not a related item's teaser."""
    if k + 1 >= len(lines):
        return False
    paragraph = lines[k].kind is Kind.SENTENCE or (lines[k].kind is Kind.TEASER and lines[k].words >= LEAD_WORDS)
    return paragraph and not drop[k] and lines[k].text.endswith((".", '."', ".”", "…")) \
        and personal_byline(lines[k + 1])


def _ends_in(line: Line, mark: str) -> bool:
    """The line ends with ``mark`` ("?", "!"), a closing quote or bracket may follow it."""
    return line.text.rstrip('"”’)').endswith(mark)


def _asks(line: Line) -> bool:
    return _ends_in(line, "?")


def _qa_pair(lines: list[Line], i: int, drop: list[bool]) -> bool:
    """A question at ``i`` answered at ``i + 1``: a line of prose the rules kept, not a teaser cut with "…"."""
    if i < 0 or i + 1 >= len(lines) or not _asks(lines[i]):
        return False
    answer = lines[i + 1]
    return answer.kind is Kind.SENTENCE and not drop[i + 1] and answer.words >= 8 and not ELLIPSIS_END.search(answer.text)


def _answered(lines: list[Line], i: int, drop: list[bool]) -> int:
    """How many question-and-answer pairs run on from ``i`` (one more if a pair ends just before it)."""
    pairs = int(_qa_pair(lines, i - 2, drop))
    while _qa_pair(lines, i, drop):
        pairs += 1
        i += 2
    return pairs


def _desk_credit(line: Line) -> bool:
    """ "PV", "Nhóm PV - Dân trí": a byline that names no person."""
    return looks_like_byline(line) and not personal_byline(line)


def _is_credit(lines: list[Line], i: int) -> bool:
    """A credit line closing a story (not one standing where a related item's teaser would)."""
    if lines[i].kind is not Kind.SOURCE or i == 0:
        return lines[i].kind is Kind.SOURCE
    prev = lines[i - 1]
    return not (prev.kind is Kind.DATE or (prev.kind is Kind.HEADLINE and not looks_like_byline(prev)))


def _no_source(lines: list[Line]) -> bool:
    return all(ln.kind is not Kind.SOURCE for ln in lines)


def _credit_after(lines: list[Line]) -> list[bool]:
    """For each line, whether a credit line ("Nguồn: X", "Theo X") comes later."""
    after = [False] * len(lines)
    if _no_source(lines):  # a credit line is a source line
        return after
    for i in range(len(lines) - 2, -1, -1):
        after[i] = after[i + 1] or _is_credit(lines, i + 1)
    return after


def _credit_before(lines: list[Line]) -> list[bool]:
    """For each line, whether a credit line came earlier."""
    before = [False] * len(lines)
    if _no_source(lines):
        return before
    for i in range(1, len(lines)):
        before[i] = before[i - 1] or _is_credit(lines, i - 1)
    return before


def _closed_before(lines: list[Line]) -> list[bool]:
    """For each line, whether the story was closed above it: a source credit ("Nguồn: X", "Theo X") right under
    a paragraph of story prose, then page furniture (a share row, a counter, a name), so that what follows is
    readers' comments ("Ý kiến (3)" / "Lan Phạm" / "Tôi thấy …"), not the story going on past a credit."""
    closed = [False] * len(lines)
    if _no_source(lines):  # nothing closes a story but a source credit
        return closed
    credited = False
    for i in range(2, len(lines)):
        credit, above = lines[i - 1], lines[i - 2]
        credited = credited or (credit.kind is Kind.SOURCE and parse_source_line(credit.text) is not None
                                and above.kind is Kind.SENTENCE and above.words >= LEAD_WORDS
                                and not photo_caption(lines, i - 2))  # "Nguồn: X" under a photo's caption credits it
        furnished = credited and credit.kind is not Kind.SOURCE and (credit.hard or credit.kind is Kind.HEADLINE)
        closed[i] = closed[i - 1] or furnished
    return closed


def _mark_marker_blocks(lines: list[Line], drop: list[bool]) -> None:
    """A section marker takes the headline/stamp/teaser lines that follow it."""
    if all(ln.kind is not Kind.MARKER for ln in lines):  # no marker: nothing to take (the credits not looked for)
        return
    credit_after = _credit_after(lines)
    i = 0
    while i < len(lines):
        if lines[i].kind is not Kind.MARKER:
            i += 1
            continue
        drop[i] = True
        j = i + 1
        while j < len(lines):
            nxt = lines[j]
            if nxt.hard or nxt.kind in (Kind.HEADLINE, Kind.TEASER) or (
                    nxt.kind is Kind.QUESTION and j + 1 < len(lines) and lines[j + 1].kind is not Kind.SENTENCE):
                drop[j] = True
            elif nxt.kind is Kind.SENTENCE:
                head = _teaser_head(lines, j, i + 1)
                if head is None or lines[head].kind is Kind.MARKER:
                    break
                nxt_kind = lines[j + 1].kind if j + 1 < len(lines) else None
                ends_item = nxt_kind in (None, Kind.HEADLINE, Kind.QUESTION, Kind.MARKER, Kind.SHARE, Kind.DATE,
                                         Kind.SOURCE)
                before = lines[head - 1].kind if head > 0 else None
                alternates = before in (Kind.MARKER, Kind.SENTENCE, Kind.TEASER, Kind.DATE)
                established = head > 0 and drop[head - 1] and before in (Kind.SENTENCE, Kind.TEASER)
                if not (ends_item or established) or not (_strong_group(lines, head) or (
                        alternates and not credit_after[j] and _weak_teaser(lines[j]))):
                    break
                drop[j] = True
            j += 1
        i = j  # markers inside the block were taken with it (linear time on long pages)


def _mark_headline_runs(lines: list[Line], drop: list[bool]) -> None:
    """Two or more headline-like lines in a row (not a list after a colon) are a link list."""
    i, n = 0, len(lines)
    while i < n:
        if i > 0 and lines[i - 1].kind is Kind.SENTENCE and looks_like_byline(lines[i]):
            i += 1  # the story's byline, not the first item of a list
            continue
        j = i
        while j < n and (lines[j].kind in (Kind.HEADLINE, Kind.TEASER, Kind.DATE)):
            j += 1
        if j - i < 2:  # no run of two: nothing to mark
            i = max(j, i + 1)
            continue
        run = lines[i:j]
        heads = [ln for ln in run if ln.kind is Kind.HEADLINE]
        after_colon = i > 0 and lines[i - 1].text.endswith(":")
        bulleted = any(BULLET.match(ln.text) for ln in run)
        stamped = any(ln.kind is Kind.DATE for ln in run)
        if len(heads) >= 2 and not after_colon and not bulleted and (stamped or len(heads) >= 2 and all(
                ln.words >= 4 for ln in heads)):
            for k in range(i, j):
                drop[k] = True
        i = max(j, i + 1)


def _mark_duplicates(lines: list[Line], drop: list[bool]) -> None:
    """Lines shown twice in a row are captions or link lists; later repeats of any short line go too."""
    seen: set[str] = set()
    for i, line in enumerate(lines):
        adjacent = (i > 0 and lines[i - 1].key == line.key) or (i + 1 < len(lines) and lines[i + 1].key == line.key)
        if adjacent and line.words <= 40:
            drop[i] = True
        elif line.key in seen and line.words <= 60:
            drop[i] = True
        seen.add(line.key)


_CUT_REPEAT = re.compile(r"^\W*(?P<words>\w.*?[\w,])\s?(?:\.\.\.+|…)\W*$")  # "❝ Quyết định được … trong thời gian tổ… ❞"
_CLOSERS = " \"'”’»)]❞"  # what may follow the dots of a quoted cut line
_MIN_REPEAT_WORDS = 4


def _mark_cut_repeats(lines: list[Line], drop: list[bool]) -> None:
    """A line cut with "…" whose words stand in another, longer line of the page: a pull quote lifted from the
    story, or the page's teaser of its own lead."""
    for i, line in enumerate(lines):
        if drop[i] or line.words < _MIN_REPEAT_WORDS or not line.text.rstrip(_CLOSERS).endswith(_DOTS_END):
            continue
        cut = _CUT_REPEAT.match(line.key)
        if cut is not None and len(cut["words"].split()) >= _MIN_REPEAT_WORDS and any(
                j != i and len(other.key) > len(cut["words"]) and cut["words"] in other.key for j, other in enumerate(lines)):
            drop[i] = True


_PULLED = re.compile(r'^["“](?P<words>[^"“”]+?)[\s.,;!?…]*["”]$')  # a whole line in quotation marks
_MIN_PULLED_WORDS = 6


def _mark_pulled_quotes(lines: list[Line], drop: list[bool]) -> None:
    """A whole line in quotation marks whose words a kept sentence of the story holds: a quote pulled out of the
    story ("“Chúng tôi chưa xác định nguyên nhân”" over "… “Chúng tôi chưa xác định nguyên nhân”, ông Hà nói.").
    Dropping it loses no word of the story."""
    for i, line in enumerate(lines):
        if drop[i] or line.words < _MIN_PULLED_WORDS or line.text[-1:] not in '"”':
            continue
        pulled = _PULLED.match(line.text)
        if pulled is None:
            continue
        words = " ".join(pulled["words"].casefold().split())
        if any(j != i and not drop[j] and other.kind is Kind.SENTENCE and len(other.key) > len(words) + 2
               and words in other.key for j, other in enumerate(lines)):
            drop[i] = True


# a related item as its headline and the first sentence of its story, joined by a dash: "Bắt cán bộ công an trộm súng
# - Sáng cùng ngày, thượng tá …, xác nhận đang điều tra vụ án này." The headline holds no comma and ends in a
# lower-case word: a dash between two names ("Cần Thơ - Phụng Hiệp", "ông Đồng - Chủ tịch xã") joins no item.
_HEADLINE_TEASER = re.compile(rf"^(?P<head>[^.!:;,]+?\s[^\W\d{VI_UPPER}]\S*)\s[-–]\s(?=[\"'“‘{VI_UPPER}0-9])(?P<teaser>.+)$")
_MIN_ITEM_HEAD_WORDS = 6  # a headline, longer than a name


def _headline_teaser(line: Line) -> re.Match[str] | None:
    """The line read as "<headline> - <teaser>" (its ``head`` and ``teaser``), or None."""
    if " - " not in line.text and " – " not in line.text:
        return None
    item = _HEADLINE_TEASER.match(line.text)
    ok = item is not None and len(item["head"].split()) >= _MIN_ITEM_HEAD_WORDS \
        and len(item["teaser"].split()) >= _MIN_ITEM_HEAD_WORDS and one_sentence(item["teaser"])
    return item if ok else None


def _mark_item_runs(lines: list[Line], drop: list[bool]) -> None:
    """ "Headline - teaser" lines (each teaser one sentence) under a list's label ("Tin khác"), two or more of them or
    one closing the page or followed by a line that went; and one next to another such line that went: the items of
    a list of other stories."""
    went = list(drop)
    item = [_headline_teaser(line) for line in lines]
    for j, line in enumerate(lines):
        if line.kind is Kind.MARKER:
            k = j + 1
            while k < len(lines) and item[k]:
                k += 1
            if k - j - 1 >= 2 or (k - j - 1 == 1 and (k == len(lines) or went[k])):
                for i in range(j + 1, k):
                    drop[i] = True
    for i in range(len(lines)):
        if not drop[i] and item[i] and any(0 <= j < len(lines) and went[j] and item[j] for j in (i - 1, i + 1)):
            drop[i] = True
        elif item[i] and _told_item(item[i]):
            drop[i] = True  # on its own: a headline, then its story's opening ("… đồ thị - Ngày 16/11, UBND …")


def _told_item(item: re.Match[str]) -> bool:
    """A "headline - teaser" item whose teaser opens as a story does, with a time or a connective and a comma: another
    story's headline over its lead, not a sentence of this one (whose pairs of names are "Bộ Lao động - Thương binh")."""
    return "?" not in item["head"] and opens_as_story(item["teaser"])


def _cut_teaser(line: Line) -> bool:
    """A teaser: one sentence cut with "…", or a caption-and-lead item of up to three sentences whose last
    one is cut mid-way ("Hiện trường vụ cháy. Sáng 12/3, lực lượng…")."""
    if line.kind is Kind.TEASER:
        return True
    return line.kind is Kind.SENTENCE and line.words <= _MAX_TEASER_WORDS and line.text.endswith(_DOTS_END) \
        and bool(_CUT_END.search(line.text)) \
        and len(INNER_BOUNDARY.findall(line.text)) <= 2


def _mark_captions_and_teasers(lines: list[Line], drop: list[bool]) -> None:
    """Photo captions that end with a credit in parentheses; and runs of two or more teasers cut with "…"
    (a related list), whatever their wording."""
    for i, line in enumerate(lines):
        if credited_caption(line):
            drop[i] = True
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (lines[j].kind in (Kind.TEASER, Kind.HEADLINE, Kind.DATE) or _cut_teaser(lines[j])):
            j += 1
        if j - i >= 2 and sum(_cut_teaser(lines[k]) for k in range(i, j)) >= 2 and not _story_ellipses(lines, i, j, drop):
            for k in range(i, j):
                drop[k] = True
        i = max(j, i + 1)


def _story_ellipses(lines: list[Line], i: int, j: int, drop: list[bool]) -> bool:
    """Paragraphs ``i``..``j - 1`` that end in "…" between paragraphs of the story ("…, Vinpearl Nam Hội An hơn 5.000
    tỷ đồng…"): with no headline among them and the story's prose right after them, they are the story's own."""
    return all(lines[k].kind in (Kind.TEASER, Kind.SENTENCE) and lines[k].words >= LEAD_WORDS for k in range(i, j)) \
        and j < len(lines) and not drop[j] and lines[j].kind is Kind.SENTENCE and lines[j].words >= LEAD_WORDS \
        and not _cut_teaser(lines[j]) and story_before(lines, drop, i) \
        and not any(lines[k].kind is Kind.MARKER for k in range(max(0, i - 2), i))  # under "Tin liên quan": its items


_MAX_LABEL_WORDS = 10


def _mark_labels_over_lead(lines: list[Line], drop: list[bool]) -> None:
    """Short lines between the title and the story's first paragraph that are neither a byline nor a credit
    ("Liên hệ quảng cáo", "Tự động phát video tiếp theo", "Giấy phép số 441/GP-BTTTT", "Bạn cần đăng nhập để …!"):
    page widgets. A question ("PV: Khó khăn lớn nhất là gì?") or a line ending in a full stop may open the story."""
    lead = next((i for i, ln in enumerate(lines) if ln.kind is Kind.SENTENCE and ln.words >= LEAD_WORDS
                 and not drop[i]), 0)
    for i in range(lead):
        line = lines[i]
        label = line.kind is Kind.HEADLINE and not line.text.endswith(".")
        exclaimed = line.kind is Kind.QUESTION and _ends_in(line, "!")
        if (label or exclaimed) and line.words <= _MAX_LABEL_WORDS \
                and not looks_like_byline(line) and not is_credit(line) and not is_byline(line.text):
            drop[i] = True


_SYMBOL_LEAD = re.compile(r"^([^\w\s\"'“‘(\[]{1,4})\s*\w")  # "🔥🔥 …", "⚡ …", "🔴 …": an emoji or a symbol leading


def _mark_symbol_lists(lines: list[Line], drop: list[bool]) -> None:
    """Headlines led by the same emoji or symbol two times or more on a page ("🔴 <headline>" / "🔴 <headline>"):
    a channel's or an app's list of other items. A story sentence (full stop) is never one; one such line may be
    the page's own title."""
    leads: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line.kind in (Kind.HEADLINE, Kind.QUESTION) and not line.text[:1].isalnum():
            lead = _SYMBOL_LEAD.match(line.text)
            if lead and not BULLET.match(line.text):
                leads.setdefault(lead[1], []).append(i)
    for found in leads.values():
        if len(found) >= 2:
            for i in found:
                drop[i] = True


def _mark_posts_under_stamps(lines: list[Line], drop: list[bool]) -> None:
    """One short sentence right under "<name> - 35 phút trước", after the story has begun: a reader's post."""
    story_seen = False
    for i, line in enumerate(lines):
        if i > 0 and story_seen and line.kind is Kind.SENTENCE and line.words <= _MAX_COMMENT_WORDS \
                and lines[i - 1].kind is Kind.DATE and SOURCE_AGO.match(lines[i - 1].text) and one_sentence(line.text):
            drop[i] = True
        story_seen = story_seen or (line.kind is Kind.SENTENCE and line.words >= 12 and not drop[i])


# a reader's comment under their name: "Trần Thị Ngọc: Đọc xong thấy buồn quá." (an interview's "Ông Nam: …" sits in
# the story, never under a comment row)
_NAME_SAYS = re.compile(rf"^(?-i:[{VI_UPPER}][^\W\d_]*(?:\s+[{VI_UPPER}][^\W\d_]*){{1,3}}"
                        rf"(?:\s[-–]\s[{VI_UPPER}][^\W\d_]*(?:\s+[{VI_UPPER}][^\W\d_]*){{0,3}})?):\s+\S")  # "Thu Hà - Huế: …"
_THREAD_WORDS = re.compile(r"bình luận|ý kiến|phản hồi|trả lời|thảo luận", re.I)


def _mark_comments_in_threads(lines: list[Line], drop: list[bool]) -> None:
    """A "<name>: <words>" line right under a comment row ("12 bình luận", "Gửi bình luận") or another comment."""
    for i, line in enumerate(lines):
        if drop[i] or i == 0 or ":" not in line.text or line.words > _MAX_COMMENT_WORDS or not _NAME_SAYS.match(line.text):
            continue
        if any(drop[j] and (_THREAD_WORDS.search(lines[j].text) or _NAME_SAYS.match(lines[j].text))
               for j in range(max(0, i - 2), i)):
            drop[i] = True


# the heading of the readers' comments under a story: "Ý kiến bạn đọc", "Bình luận (3)", "12 bình luận", "2 comments:"
_COMMENTS_HEADING = re.compile(r"^(?:\d+\s+)?(?:bình luận|ý kiến|comments?|phản hồi|thảo luận)"
                               r"(?:\s+(?:bạn đọc|độc giả|mới nhất|nổi bật))?(?:\s*\(\d+\))?\s*:?$", re.I)


_MIN_STORY_TO_COMMENTS = 2  # the story over the heading has at least twice the words of all the comments under it


def _mark_comments_under_heading(lines: list[Line], drop: list[bool]) -> None:
    """Readers' comments under the heading of a story's comments: once the story's prose came before the heading, and
    no line after it is longer than a comment or more than one sentence and all of them together are short beside the
    story (not the story going on past a counter in its share row), every line under the heading is a comment ("Bài
    viết rất hay, cảm ơn tác giả!")."""
    head = next((i for i, line in enumerate(lines) if _COMMENTS_HEADING.match(line.text)
                 and story_before(lines, drop, i)), None)
    if head is None:
        return
    under = [k for k in range(head + 1, len(lines)) if not drop[k]]
    story_words = sum(lines[j].words for j in range(head) if not drop[j] and lines[j].kind is Kind.SENTENCE)
    if sum(lines[k].words for k in under) * _MIN_STORY_TO_COMMENTS <= story_words and not any(
            lines[k].kind is Kind.SENTENCE and (lines[k].words > _MAX_COMMENT_WORDS or not one_sentence(lines[k].text))
            for k in under):
        for k in under:
            drop[k] = True


# an author's box under the story: "Về tác giả" / "<name>" / "<one line on the writer>"
_AUTHOR_BOX = re.compile(r"^(?:về |thông tin |giới thiệu )?(?:tác giả|chuyên gia|người viết)\s*:?$", re.I)
_MAX_AUTHOR_BOX_LINES = 2  # the writer's name, then one line on their trade
_MAX_BIO_WORDS = 40


def _mark_author_boxes(lines: list[Line], drop: list[bool]) -> None:
    """The writer's name and one short line about them right under an author box's heading after the story
    ("Về tác giả" / "Hồng Thảo" / "Phóng viên mảng kiến trúc, 6 năm kinh nghiệm.")."""
    for i, line in enumerate(lines):
        if _AUTHOR_BOX.match(line.text) and story_before(lines, drop, i):
            for k in range(i + 1, min(i + 1 + _MAX_AUTHOR_BOX_LINES, len(lines))):
                if lines[k].words > _MAX_BIO_WORDS or not one_sentence(lines[k].text):
                    break
                drop[k] = True


def find_boilerplate(lines: list[Line]) -> list[bool]:
    """For each body line, whether it is page furniture rather than story."""
    drop = [ln.hard for ln in lines]
    _mark_duplicates(lines, drop)
    _mark_marker_blocks(lines, drop)
    _mark_headline_runs(lines, drop)
    # Strong related items anywhere: headline + stamp (+ teaser); on a live blog's page a sentence under its stamp
    # is an entry, whatever widget sits over the stamp ("Chia sẻ cập nhật này" / "14:51" / the last entry)
    live = _live_blog(lines)
    for i, line in enumerate(lines):
        if line.kind is Kind.SENTENCE and not drop[i] and line.words <= _MAX_TEASER_WORDS \
                and not (live and _entry_stamp(lines, i) is not None):  # a paragraph longer than any teaser is story
            head = _teaser_head(lines, i, 0)
            nxt = lines[i + 1].kind if i + 1 < len(lines) else None
            ends_item = nxt is None or (nxt in (Kind.HEADLINE, Kind.QUESTION, Kind.DATE) or lines[i + 1].hard) \
                and not _live_entry(lines, i + 1)
            if head is not None and drop[head] and head + 1 < len(lines) and lines[head + 1].kind is Kind.DATE \
                    and ends_item and not looks_like_byline(lines[head]) \
                    and not any(_UPDATED.match(lines[k].text) for k in range(head + 1, i)):
                drop[i] = True  # a byline over the date heads the story; "Cập nhật lúc …" stamps the page
    _mark_captions_and_teasers(lines, drop)
    _mark_symbol_lists(lines, drop)
    _mark_posts_under_stamps(lines, drop)
    _mark_comments_in_threads(lines, drop)
    _mark_labels_over_lead(lines, drop)
    mark_captions_over_credits(lines, drop)
    start = _tail_start(lines, drop, live)
    for i in range(start, len(lines)):
        drop[i] = True
    for i, line in enumerate(lines[:-1]):
        if lines[i + 1].kind is Kind.SOURCE and personal_byline(line) and (i == 0 or lines[i - 1].key != line.key):
            drop[i] = False  # "Thu Hà - Ngân Hà" / "Theo Tuổi Trẻ": the story's byline
    return drop


def _colon_heading(lines: list[Line], i: int, drop: list[bool]) -> bool:
    """ "Liên hệ báo chí:", "Mời quý độc giả xem video:": a short label whose block is all furniture."""
    line = lines[i]
    return line.words <= 12 and line.text.endswith(":") and i + 1 < len(lines) and all(drop[i + 1:])


_READER_POLL = re.compile(r'^(?:theo bạn\b|bạn có\b(?!\s+thể)|bạn nghĩ\b|bạn cảm thấy\b|bạn thấy\b|bạn đánh giá\b'
                          r'|bạn đã (?:từng|bao giờ)\b|bình chọn\s*:)[^"]*\?$', re.I)
_TAGGED = re.compile(r"^[\[(][^\])]{1,20}[\])]")  # "[Ảnh] …", "(Video) …": a link to another item


def _asked_in_story(lines: list[Line], i: int, drop: list[bool]) -> bool:
    """A question between two kept lines of story prose: the interviewer's question, or the story asking."""
    line = lines[i]
    if not _asks(line) or _TAGGED.match(line.text) or line.kind not in (
            Kind.QUESTION, Kind.SENTENCE):
        return False
    before = next((j for j in range(i - 1, -1, -1) if not drop[j]), None)
    after = next((j for j in range(i + 1, len(lines)) if not drop[j]), None)
    return before is not None and after is not None and all(
        lines[j].kind is Kind.SENTENCE and lines[j].words >= 12 for j in (before, after))


def shape_verdicts(lines: list[Line], drop: list[bool]) -> list[bool]:
    """What a line's shape and place decide whatever the line model says: an image's place, a caption
    credited in parentheses, or under an image or over its credit, a cut line repeating another, and a label
    heading a furniture block go; a question asked between story lines stays."""
    out = list(drop)
    for i, line in enumerate(lines):
        if credited_caption(line) or photo_caption(lines, i) or image_slot(line):
            out[i] = True
    _mark_cut_repeats(lines, out)
    _mark_pulled_quotes(lines, out)
    _mark_comments_under_heading(lines, out)
    _mark_author_boxes(lines, out)
    _mark_item_runs(lines, out)
    asked = [i for i in range(len(lines)) if _asked_in_story(lines, i, out)]
    if len(asked) >= 2:  # an interview asks again and again; one question between paragraphs may be a link
        for i in asked:
            out[i] = False
    else:  # a page asking its reader ("Theo bạn, giải pháp nào hiệu quả nhất?") runs a poll
        for i, line in enumerate(lines):
            if line.kind is Kind.QUESTION and _READER_POLL.match(line.text):
                out[i] = True
    for i in range(len(lines) - 1, -1, -1):
        if not out[i] and _colon_heading(lines, i, out):
            out[i] = True
    return out
