"""Photo captions known by their place and shape: a caption closed by its credit in parentheses, the one
sentence under an image's place ("[IMG]", "Ảnh 3/6") or over its credit line ("Ảnh: AP"), a short sentence
over a photographer's name in capitals. ``vnsumm.clean.boilerplate`` applies them among its rules; ``page_captions``
gives the captions cleaning left out of a story back, for ``Article.captions``.
"""
from __future__ import annotations

import re

from vnsumm.clean.credits import SIGNED_PHOTO, UNSIGNED_PHOTO, is_byline, is_credit, photo_credit
from vnsumm.clean.lines import GIVEN_PHOTO, PHOTO_PLACE, Kind, Line, image_note, looks_like_byline, one_sentence
from vnsumm.clean.normalize import VI_UPPER
from vnsumm.clean.sentences import split_sentences
from vnsumm.clean.widgets import is_widget, speaks_of_page

__all__ = ["LEAD_WORDS", "credited_caption", "image_slot", "mark_captions_over_credits", "opens_as_story", "page_captions",
           "photo_caption", "story_before", "story_opened"]

LEAD_WORDS = 12  # the story's first paragraph is a sentence at least this long
_NAME = rf"[{VI_UPPER}][\w.'’]*"
# "… (TTXVN)", "… (Ảnh: Minh An - Hà Vy)": a credit in parentheses closing a line with no full stop after it
_PAREN_CREDIT = re.compile(rf"\s\((?:[^():]{{1,25}}:\s*)?{_NAME}(?:(?:\s+|\s*[-–/,&]\s*){_NAME}){{0,6}}\)$"
                           rf"|[.!?]\s+\({_NAME}[^()]{{0,40}}\)$")  # or any short note in parentheses after a full stop
_MAX_CAPTION_WORDS = 40
_PAREN_END = (")", ")\n")  # how a line _PAREN_CREDIT matches ends (tested first: cheaper)


def credited_caption(line: Line) -> bool:
    """A photo caption ending with its credit in parentheses: one sentence, no full stop after the credit."""
    return line.words <= _MAX_CAPTION_WORDS and line.text.endswith(_PAREN_END) and bool(
        _PAREN_CREDIT.search(line.text)) and one_sentence(
        line.text[:line.text.rfind("(")]) and len(line.text[:line.text.rfind("(")].split()) >= 3


_MAX_CAPTION_OVER_CREDIT_WORDS = 14


def mark_captions_over_credits(lines: list[Line], drop: list[bool]) -> None:
    """A short sentence over a photographer's name in capitals ("Khách hàng mua sắm tại siêu thị." / "KIM NGÂN")
    inside the story, with story prose before and after: a photo caption and its credit."""
    for i in range(1, len(lines) - 2):
        if _caption_over_credit(lines, i):
            drop[i] = True


def _caption_over_credit(lines: list[Line], i: int) -> bool:
    if not 0 < i < len(lines) - 2:
        return False
    line, credit, after = lines[i], lines[i + 1], lines[i + 2]
    return line.kind is Kind.SENTENCE and line.words <= _MAX_CAPTION_OVER_CREDIT_WORDS and one_sentence(line.text) \
        and credit.text.isupper() and (looks_like_byline(credit) or is_byline(credit.text)) \
        and lines[i - 1].kind is Kind.SENTENCE and after.kind is Kind.SENTENCE and after.words >= LEAD_WORDS


PICTURE = re.compile(r"^\s*[📷📸🖼]\ufe0f?\s*$")  # "🖼": a picture's place, marked by its emoji alone
# where a page shows an image: "[IMG]", "[13][IMG]", "[image]", "Ảnh", "(Hình ảnh)", "Ảnh 3/6", "Ảnh 2 trên 3",
# "Bấm để xem ảnh lớn", "Nhấn để phóng to ảnh", "IMG_3076.jpg", "=> /uploads/anh.jpg"
_IMAGE_SLOT = re.compile(
    r"^\W*(?:\[\d+\]\s*)?(?:\[\s*(?:image|img|ảnh|hình|photo|hình ảnh)\b[^\]]{0,40}\]"
    r"|(?:ảnh|hình|photo|hình ảnh)(?:\s*\d+\s*(?:/|trên)\s*\d+)?"
    r"|(?:(?:click|bấm|nhấn|chạm)\s+(?:vào\s+)?(?:để\s+)?)?(?:xem|phóng to)\s+(?:thêm\s+)?(?:ảnh|hình)"
    r"(?:\s+(?:gốc|lớn|phóng to))?"
    r"|(?:click|bấm|nhấn|chạm)\s+(?:vào\s+)?(?:để\s+)?phóng to(?:\s+(?:ảnh|hình))?"
    r"|phóng to|(?:click|bấm|nhấn|chạm)\s+vào\s+(?:ảnh|hình)\s+để\s+(?:xem|phóng to)(?:\s+(?:ảnh|hình))?"
    r"(?:\s+(?:gốc|lớn|kích thước(?:\s+(?:lớn|đầy đủ|thật))?))?"
    r"|(?:đang\s+tải|loading)\s+(?:ảnh|hình(?:\s+ảnh)?|image|photo)(?:\s*\.\.\.|…)?)\W*$"  # its placeholder
    r"|" + PICTURE.pattern +  # a picture's emoji alone
    r"|^\W{0,3}\S*\.(?:jpe?g|png|gif|webp)$", re.I)  # an image's file name or path
_PHOTO_COUNTER = re.compile(r"^(\d{1,2})\s*(?:/|trên)\s*(\d{1,2})$")  # "3/6", "1 trên 6"
# a photo's credit on a line of its own: "Ảnh: AP", "ẢNH: THANH ANH", "Photo: X", "Nguồn ảnh: X", "Ảnh tư liệu: X",
# "Ảnh - AFP", "(Ảnh: Reuters)", "© EPA", "📷 Reuters"
_PHOTO_CREDIT = re.compile(r"^\(?(?:ảnh|nguồn\s+ảnh|nguồn\s+hình\s+ảnh|photo|hình|hình\s+ảnh|ảnh\s+tư\s+liệu|"
                           r"đồ\s+họa)(?:\s*[:,]|\s+[-–])\s*\S"
                           r"|^\(?(?:ảnh|hình)\s+(?:cắt|chụp)\s+từ\s+(?:video|clip)\)?$|" + SIGNED_PHOTO.pattern + "|"
                           + UNSIGNED_PHOTO.pattern + "|" + GIVEN_PHOTO.pattern, re.I)  # signed: as credits reads it
_MAX_IMAGE_SLOT_WORDS, _MAX_PHOTO_CREDIT_WORDS = 9, 8
# "Được biết, …", "Lúc này, …", "Ngày 27/1, …": a sentence opened by a connective or a time is the story's
_STORY_OPENER = re.compile(rf"^\S+(?:\s+[^\W\d_{VI_UPPER}]\S*|\s+\d\S*){{0,2}},")


def story_opened(text: str) -> bool:
    """A sentence opened by a connective or a time and a comma ("Cuối tuần trước, …", "Sau khoảng 12 năm, …"): the
    story's way of going on, not a caption's, a notice's or a comment's ("Thông tin hữu ích, …")."""
    return text.endswith((".", "!", "…", '."', ".”")) and opens_as_story(text)


def opens_as_story(text: str) -> bool:
    """Opened as the story goes on, by a connective or a time and a comma ("Ngày 16/11, …", "Tuy nhiên, …")."""
    return text.split(maxsplit=1)[0].lower() in _OPENING_WORDS \
        and bool(_STORY_OPENER.match(text) or _LONG_STORY_OPENER.match(text))


def image_slot(line: Line) -> bool:
    """A line that only marks where an image is (or a photo story's counter, "3/6")."""
    if line.words > _MAX_IMAGE_SLOT_WORDS:
        return False
    counter = _PHOTO_COUNTER.match(line.text)
    return bool(_IMAGE_SLOT.match(line.text)) or bool(counter and 1 <= int(counter[1]) <= int(counter[2]) <= 99)


def _gallery_counter(line: Line) -> bool:
    """A gallery's next image: "Ảnh 3 trên 13", "3/13" (not a link to more photos, which may close a story)."""
    return image_slot(line) and any(c.isdigit() for c in line.text)


_MAX_CAPTION_UNDER_CREDIT_WORDS = 20
_ILLUSTRATION = re.compile(r"minh\s+h[oọ]a", re.I)  # "Ảnh minh họa: X" credits a picture without a caption
# "Trong trường hợp này, …", "Ngoài khung thời gian trên, …": a longer connective opens the story's sentence too
_LONG_STORY_OPENER = re.compile(rf"^\S+(?:\s+[^\W\d_{VI_UPPER}]\S*|\s+\d\S*){{3,4}},")


def _caption_shaped(line: Line) -> bool:
    """A line a credit under it may close: a caption as long as one over its credit may be (two sentences at most),
    a label of three words or more; not a note in parentheses, a credit, a date or a menu."""
    return line.kind is Kind.CAPTION or credited_caption(line) or (
        3 <= line.words <= _MAX_CAPTION_WORDS
        and line.kind not in (Kind.DATE, Kind.NAV, Kind.MARKER, Kind.LINK, Kind.SOURCE)
        and not (line.text.startswith("(") and line.text.endswith(")")) and not is_credit(line)
        and len(split_sentences(line.text)) <= 2)


# what a portrait's caption names before the name: a title, a role or a thing photographed ("Phó tổng thống Mỹ Mike
# Pence.", "Tàu sân bay USS Ronald Reagan.", "Cựu thủ tướng Thái Lan Yingluck Shinawatra.")
_PORTRAIT_HEAD = re.compile(
    r"^(?:(?:cựu|tân|nguyên|phó)\s+)?(?:tổng\s+thống(?:\s+đắc\s+cử)?|thủ\s+tướng|chủ\s+tịch|bộ\s+trưởng|thứ\s+trưởng|"
    r"ngoại\s+trưởng|người\s+phát\s+ngôn|đại\s+sứ|tổng\s+bí\s+thư|bí\s+thư|tổng\s+giám\s+đốc|giám\s+đốc|"
    r"nhà\s+lãnh\s+đạo|lãnh\s+đạo|thống\s+đốc|thị\s+trưởng|đệ\s+nhất\s+phu\s+nhân|hoàng\s+tử|công\s+chúa|"
    r"nữ\s+hoàng|quốc\s+vương|(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá)|tướng|huấn\s+luyện\s+viên|hlv|cầu\s+thủ|"
    r"ca\s+sĩ|diễn\s+viên|hoa\s+hậu|tỷ\s+phú|nhà\s+báo|luật\s+sư|nghi\s+phạm|bị\s+cáo|"
    r"tàu\s+(?:sân\s+bay|khu\s+trục|ngầm|hộ\s+vệ)|máy\s+bay|tiêm\s+kích|trực\s+thăng|tên\s+lửa|xe\s+tăng|"
    r"ông|bà|anh|chị|thầy|cô|cụ)\s+(?=\S)", re.I)
_MAX_PORTRAIT_WORDS = 12


def _portrait(line: Line) -> bool:
    """A title or a thing photographed, then names only, and a full stop ("Phó tổng thống Mỹ Mike Pence."): a
    portrait's caption; a sentence of the story goes on in lower-case words ("Ông Trump gặp ông Tập Cận Bình.")."""
    head = _PORTRAIT_HEAD.match(line.text)
    if head is None or not line.text.endswith(".") or line.words > _MAX_PORTRAIT_WORDS or "," in line.text:  # a clause
        return False
    names = _PLACE_NOTE.sub("", line.text[head.end():-1]).split()  # "Bộ trưởng Lê Minh Hoan (giữa)."
    # a plain form of address needs only a name ("Ông Vĩnh.", "Thầy Tuấn."); a title needs a name of two words
    least = 1 if head.group(0).split()[0].lower() in _ADDRESS else 2
    return len(names) >= least and all(_NAME_WORD.match(w) for w in names)


_ADDRESS = frozenset("ông bà anh chị thầy cô cụ".split())


_NAME_WORD = re.compile(rf"^[{VI_UPPER}0-9][^\s]*$")
_PLACE_NOTE = re.compile(rf"\s*{PHOTO_PLACE}$", re.I)


_REPORTED = re.compile(r"(?<!\w)(?:cho biết|cho rằng|cho hay|khẳng định|nhấn mạnh|tiết lộ|thông tin|nói|kể)(?!\w)", re.I)
_OPENER_COMMA_WORDS = 6


def _told(text: str) -> bool:
    """A sentence the story tells: someone reports or says ("Ông X cho rằng …"), or it opens with a connective or a
    place or time and a comma within its first words ("Tại Trung Quốc, …", "Sau khi ông này chết đuối, …")."""
    head = text.split()[:_OPENER_COMMA_WORDS]
    return bool(_REPORTED.search(text)) or (bool(head) and head[0].lower().rstrip(",") in _OPENING_WORDS
                                           and any(w.endswith(",") for w in head))


def photo_caption(lines: list[Line], i: int) -> bool:
    """One sentence (no quotation, not opened by a connective) right under an image's place, or right over
    its credit line (``_over_credit``): the photo's caption."""
    line = lines[i]
    if line.kind not in (Kind.SENTENCE, Kind.HEADLINE) or line.words > _MAX_CAPTION_WORDS:
        return False
    slot_over = i > 0 and image_slot(lines[i - 1]) and not _told(line.text)
    credit_under = i + 2 < len(lines) and lines[i + 1].words <= _MAX_PHOTO_CREDIT_WORDS and _over_credit(lines, i)
    credit_over = 0 < i < len(lines) - 1 and line.words <= _MAX_CAPTION_UNDER_CREDIT_WORDS and line.text.endswith(".") \
        and lines[i - 1].words <= _MAX_PHOTO_CREDIT_WORDS and photo_credit(lines[i - 1]) \
        and not _ILLUSTRATION.search(lines[i - 1].text) \
        and not _LONG_STORY_OPENER.match(line.text) \
        and lines[i + 1].kind is Kind.SENTENCE and lines[i + 1].words >= LEAD_WORDS \
        and (i < 2 or not _caption_shaped(lines[i - 2]))
    portrait = i + 1 < len(lines) and _portrait(line) and lines[i + 1].kind is Kind.SENTENCE \
        and lines[i + 1].words >= LEAD_WORDS
    return bool(slot_over or credit_under or credit_over or portrait) and '"' not in line.text and not _STORY_OPENER.match(line.text) \
        and one_sentence(line.text)


def _over_credit(lines: list[Line], i: int) -> bool:
    """Whether line ``i``, over a short line ``i + 1``, is a photo's caption over its credit.

    A sentence worded as a caption, not as narration, over a photo's or a clip's credit ("Ảnh: X", "Nguồn: X", "Video:
    X") is, whatever comes next. Another sentence over a photo's credit is when the story goes on under the credit (not
    the story's closing line), or a gallery's next image or a live blog's next stamp comes. Neither is a live blog's
    entry, whose text sits right under its own stamp."""
    credit = lines[i + 1].text
    photo = bool(_PHOTO_CREDIT.match(credit))
    entry = i > 0 and lines[i - 1].kind is Kind.DATE  # a live blog's entry under its stamp
    if (photo or _MEDIA_SOURCE.match(credit)) and not entry and _unmarked_caption(lines[i]):
        return True
    return photo and (_story_goes_on(lines, i + 2) or _gallery_counter(lines[i + 2]) or (
        lines[i + 2].kind in (Kind.DATE, Kind.SHARE) and not entry))


_MAX_SKIPPED_LINKS = 3
_MEDIA_SOURCE = re.compile(r"^(?:nguồn|video|clip)\s*:\s*\S", re.I)  # "Nguồn: Internet", "Video: Hạ Tầng TV"


def _story_goes_on(lines: list[Line], j: int) -> bool:
    """Whether the story's prose comes at line ``j``, or right after up to three links, menus or widgets there (a
    "► <headline>" between a photo's credit and the next paragraph)."""
    for k in range(j, min(j + _MAX_SKIPPED_LINKS + 1, len(lines))):
        if lines[k].kind is Kind.SENTENCE:
            return lines[k].words >= LEAD_WORDS
        if lines[k].kind not in (Kind.LINK, Kind.NAV, Kind.MARKER, Kind.SHARE):
            return False
    return False


# A caption whose image the scrape lost: one short sentence describing a scene or a person ("Hiện trường vụ cháy.",
# "Ông Lý Hồng An, Giám đốc Sở Xây dựng, trả lời chất vấn.") alone on its line inside the story. A story's sentence
# tells: it opens with a connective or a time ("Tuy nhiên, …", "Sáng 5/3, …"), quotes, counts or dates, and uses the
# words of narration (tense and aspect, modals, negation, pronouns, reporting verbs, the copula "là", adverbs).
_MIN_UNMARKED_WORDS, _MAX_UNMARKED_WORDS = 3, 14
_NOT_DESCRIPTIVE = re.compile(r"[\"“”'‘’:;?!()\[\]\d…]")
_OPENING_WORDS = frozenset(
    "tuy theo sau trước khi nhưng vì do nếu ngoài trong đến hiện riêng còn và bởi cũng ngày sáng chiều tối trưa đêm "
    "khoảng lúc từ để thế vậy rồi đó đây điều việc cả mỗi ai chỉ ngay tại với bên dù mặc hơn gần bất ước "
    "cuối đầu giữa hôm năm tháng tuần rạng".split())
_NARRATION = re.compile(
    r"(?<!\w)(?:đã|đang|sẽ|vừa|mới|từng|chưa|(?<!hàng )(?<!phòng )không(?! khí| gian| quân| phận| lưu| ảnh)|chẳng|cũng|phải|cần|có thể|nên|muốn|hãy|rất|lại|thì|mà|nhưng|vì|"
    r"nếu|tôi|chúng tôi|chúng ta|họ|nó|mình|ấy|này|kia|đó|cho biết|nói|khẳng định|cho rằng|kể|tiết lộ|nhấn mạnh|"
    r"thông tin|cho hay|nêu|yêu cầu|đề nghị|là|vẫn|còn|hiện(?! trường)|thậm chí|luôn|đều|chỉ|hơn|nhất|quá|lắm|thôi|nhé|ạ|coi|"
    r"được biết|nghĩa|thường|chủ yếu|liền|lập tức|kịp thời|kịp|rồi|khiến|sau đó|bèn|tiếp tục|đồng thời|ngay|cùng lúc|bỗng|chợt|vội)(?!\w)",
    re.I)
_INITIAL = re.compile(rf"(?<!\w)[{VI_UPPER}][a-z]?\.\s")  # "anh L.", "chị Tr.": a person the story keeps unnamed


def _unmarked_caption(line: Line) -> bool:
    """One short descriptive sentence, worded as a caption and not as the story's narration (its place is asked by
    the caller: alone inside the story). It lists a line cleaning dropped as a caption; it never drops one (on pages
    that keep a VietNews article's own captions as story it cost recall: README, "lost images' captions tried")."""
    text = line.text
    if not (line.kind is Kind.SENTENCE and _MIN_UNMARKED_WORDS <= line.words <= _MAX_UNMARKED_WORDS
            and text.endswith(".") and not text.endswith("..")) or _NOT_DESCRIPTIVE.search(text):
        return False
    opener = text.split()[0].lower().rstrip(",")
    if (opener in _OPENING_WORDS and not text.lower().startswith("hiện trường ")) or _STORY_OPENER.match(text) \
            or _LONG_STORY_OPENER.match(text):
        return False  # "Sau đó, …", "Đồng thời, …", "Vài chục phút sau, …"
    return not _NARRATION.search(text) and not _INITIAL.search(text) and not speaks_of_page(text) \
        and one_sentence(text)  # "Nhận bản tin miễn phí mỗi sáng.": a notice


def _kept_prose(lines: list[Line], dropped: list[bool], j: int) -> bool:
    return not dropped[j] and lines[j].kind is Kind.SENTENCE and lines[j].words >= LEAD_WORDS


def story_before(lines: list[Line], dropped: list[bool], i: int) -> bool:
    """Whether kept prose of the story (a sentence of a lead's length) comes before line ``i``."""
    return any(_kept_prose(lines, dropped, j) for j in range(i))


def _inside_story(lines: list[Line], i: int, dropped: list[bool]) -> bool:
    """Whether kept prose of the story (a sentence of a lead's length) comes both before and after line ``i``."""
    return story_before(lines, dropped, i) and any(_kept_prose(lines, dropped, j) for j in range(i + 1, len(lines)))


# a media tag in parentheses closes a link to another item ("… (Video)"), not a photo's caption
_MEDIA_TAG = re.compile(r"\((?:video|clip|ảnh|hình|audio|infographics?|podcast|photos?|livestream|trực tiếp)\)$", re.I)
_MIN_CAPTION_WORDS = 3  # words with letters: "📷 13 ảnh" is a gallery's count
# who wrote and who shot it: "Tin, ảnh: Hải Yến", "Tin: Mỹ Linh - Ảnh: Triệu Thu", "Bài và ảnh: X" (no sentence end)
_ROLE_CREDIT = re.compile(r"^(?:tin|bài)\b[^:.!?]{0,12}:[^.!?]*$", re.I)
_MAX_ROLE_CREDIT_WORDS = 12
_MIN_ITEM_WORDS = 6  # a list item's headline is longer than a name, a label or a widget's few words
_VIDEO_ITEM = re.compile(r"^(?:xem\s+)?(?:video|clip)\s*:\s*\S", re.I)  # "Video: …": a caption, or a link to a video
_PHOTO_CREDITED = re.compile(r"(?:ảnh|photo|hình|nguồn)\s*[:\-–]\s*\S", re.I)  # "… Ảnh: X", "… (Nguồn: X)": a photo's
# names alone before an agency in parentheses: a byline ("Thùy Dương – Đặng Minh Khôi (VTV24)"), not a caption
_NAMES_OVER_AGENCY = re.compile(rf"^{_NAME}(?:(?:\s+|\s*[-–/,&]\s*){_NAME})*\s*\([^()]*\)$")


def page_captions(lines: list[Line], kept: set[int]) -> list[str]:
    """The photo and video captions among a page's body ``lines`` that cleaning left out of the story (``kept``:
    the ``id`` of each line kept), in page order: a line read as a caption on its own ("Video: …", "▲ …"), one
    closed by its credit in parentheses, the sentence under an image's place, over its credit line or over a
    photographer's name. Image places and counts, notes such as "Ảnh minh họa", photo credits, bylines and the
    headlines of a list of other items ("… (Video)", a run of headlines) are not captions."""
    dropped = [id(line) not in kept for line in lines]
    found: list[str] = []
    story_since = True  # a story line since the last caption listed: a repeat there is another photo's
    for i, line in enumerate(lines):
        if not dropped[i] or image_slot(line):  # the story, or the next image of a gallery
            story_since = True
        elif (line.kind is Kind.CAPTION or credited_caption(line) or photo_caption(lines, i)
              or _caption_over_credit(lines, i) or (_unmarked_caption(line) and _inside_story(lines, i, dropped))) \
                and not _not_a_caption(lines, i, dropped):
            if story_since or line.text != found[-1]:  # a caption the page repeats at once is one photo's
                found.append(line.text)
            story_since = False
    return found


def _not_a_caption(lines: list[Line], i: int, dropped: list[bool]) -> bool:
    line = lines[i]
    sentence = line.text.rstrip().endswith((".", "!", "?", "…"))  # "Ảnh: Toàn cảnh lễ khởi công." is a caption
    if image_slot(line) or image_note(line.text) or is_credit(line) or is_byline(line.text) \
            or (line.words <= _MAX_PHOTO_CREDIT_WORDS and _PHOTO_CREDIT.match(line.text) and not sentence) \
            or sum(any(c.isalpha() for c in w) for w in line.text.split()) < _MIN_CAPTION_WORDS \
            or (line.words <= _MAX_ROLE_CREDIT_WORDS and _ROLE_CREDIT.match(line.text)) \
            or (line.words <= _MAX_ROLE_CREDIT_WORDS and _NAMES_OVER_AGENCY.match(line.text)
                and not _PHOTO_CREDITED.search(line.text)):  # "HLV Park Hang Seo (Ảnh: VFF)" is a portrait's
        return True
    if _MEDIA_TAG.search(line.text):
        return True
    item_shaped = line.kind in (Kind.HEADLINE, Kind.TEASER, Kind.LINK) or bool(_VIDEO_ITEM.match(line.text))
    return item_shaped and not _PHOTO_CREDITED.search(line.text) and any(
        0 <= j < len(lines) and dropped[j] and _list_item(lines[j]) for j in (i - 1, i + 1))


def _list_item(line: Line) -> bool:
    """A neighbour that makes a list of links: a list's marker ("Tin liên quan"), a "Video: …" link, or another
    item's headline (six words or more; no name, image place or widget)."""
    if line.kind is Kind.MARKER or _VIDEO_ITEM.match(line.text):
        return True
    return line.kind in (Kind.HEADLINE, Kind.TEASER, Kind.LINK) and line.words >= _MIN_ITEM_WORDS \
        and not is_byline(line.text) and not image_slot(line) and not is_widget(line.text, line.words)
