"""Text normalisation: Unicode, spaces, quotes, tone-mark placement and glued words.

Every step here is deterministic and idempotent, and none of them adds a word:
they only change how existing characters are written or where spaces go.
"""
from __future__ import annotations

import html
import re
import unicodedata

__all__ = ["normalize", "normalize_line", "fix_glued_sentences", "VI_UPPER", "VI_LOWER"]

# Vietnamese letters (NFC), used in character classes below.
VI_LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
VI_UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ"
_VI_DIACRITIC_LOWER = VI_LOWER.replace("a-z", "")

_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\x0b\x0c]")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]")
_STRAY_MARKS = re.compile("[\u0300-\u036f]")  # combining marks left over after NFC attach to nothing
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x85]")
# every character the five patterns above replace or remove
_ODD_CHAR = re.compile("[\u0300-\u036f\r\u2028\u2029\x85\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
                       "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\x0b\x0c\x00-\x08\x0e-\x1f\x7f-\x9f]")
_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")
_QUOTE_PAIRS = (("“", '"'), ("”", '"'), ("„", '"'), ("‟", '"'), ("″", '"'),
                ("‘", "'"), ("’", "'"), ("‚", "'"), ("‛", "'"), ("′", "'"))
_MULTI_SPACE = re.compile(r" {2,}")
_SPACE_BEFORE_PUNCT = re.compile(r" (?<=\S )[ ]*([,;:!?]|\.(?!\.))(?=\s|$)")
_QUOTED = re.compile(r'"([^"\n]*)"')

# Tone marks on "oa", "oe", "uy" in open syllables: new style ("hoà") -> old style ("hòa"),
# the placement used by most Vietnamese news sites.
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # grave, acute, hook, tilde, dot below


def _tone_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in _TONES:
            for f, s in ((first, second), (first.upper(), second.upper()), (first.upper(), second)):
                new = f + unicodedata.normalize("NFC", s + tone)
                old = unicodedata.normalize("NFC", f + tone) + s
                table[new] = old
    return table


_TONE_TABLE = _tone_table()
_TONE_PATTERN = re.compile(
    "[oOuU](?<![qQ][oOuU])[" + "".join(sorted({k[1] for k in _TONE_TABLE})) + f"](?![{VI_LOWER}{VI_UPPER}])"
)

# ".Tổng" -> ". Tổng", but not "TP.Hồ Chí Minh", "PGS.TS" or "1.000".
_NO_SPLIT_BEFORE_DOT = {
    "tp", "tx", "q", "p", "h", "x", "tt", "ts", "ths", "gs", "pgs", "bs", "bsck", "ks", "kts", "ls", "th", "ncs",
    "tskh", "đh", "bv", "cty", "gđ", "pgđ", "mr", "mrs", "ms", "dr", "st", "no", "nxb", "đ/c", "cn", "co", "ltd",
    "inc", "vs",
}
_GLUED_SENTENCE = re.compile(rf"(?P<punct>[.!?](?<=[\w/][.!?])[.!?]*[\"')]?)(?=[{VI_UPPER}][{VI_LOWER}])")
_WORD_AT_END = re.compile(r"[\w/]+$")
# "USDtrong" -> "USD trong": an acronym glued to a common Vietnamese word.
_GLUED_ACRONYM = re.compile(
    r"(?P<acro>[A-ZĐ](?<!\w[A-ZĐ])[A-ZĐ]+)(?P<word>trong|và|của|cho|là|với|được|từ|tại|theo|khi|để|đã|sẽ|đang|"
    r"năm|người|các|những|này|đó|nhưng|hoặc|còn|cũng|vào|về|trên|dưới|sau|trước|mỗi|một|thì|"
    r"mà|nên|vì|do|bị|có|không|nhằm|gồm|bao|tăng|giảm|so)\b"
)
# "nướcTổng" -> "nước Tổng": a word with Vietnamese diacritics glued to a capitalised word.
_GLUED_CAMEL = re.compile(rf"[{VI_LOWER}](?=[{VI_UPPER}][{VI_LOWER}])")  # the lower-case letter before the seam
# the same seams found from the capital (rarer than a lower-case letter, so the search skips ahead faster)
_CAMEL_SEAM = re.compile(rf"[{VI_UPPER}](?<=[{VI_LOWER}][{VI_UPPER}])(?=[{VI_LOWER}])")
_LOWER_RUN_AT_END = re.compile(f"[{VI_LOWER}]+$")
_HAS_DIACRITIC = re.compile(f"[{_VI_DIACRITIC_LOWER}]")
_CURLY = re.compile("[“”„‟″‘’‚‛′]")
_END_MARK = re.compile(r"\./\.\s*$")  # the "./." end-of-article mark
_END_MARK_LINES = re.compile(r"\./\.$", re.M)  # the same, on every (stripped) line of a page


def _fix_tones(text: str) -> str:
    return _TONE_PATTERN.sub(lambda m: _TONE_TABLE.get(m.group(0), m.group(0)), text)


def _glued_sentence_repl(m: re.Match[str]) -> str:
    punct = m.group("punct")
    if punct == ".":
        word = _WORD_AT_END.search(m.string, max(0, m.start() - 40), m.start())
        last = word.group(0).lower() if word else ""
        if last in _NO_SPLIT_BEFORE_DOT or (len(last) == 1 and last.isalpha()):
            return punct
    return punct + "\n"


def _camel_repl(m: re.Match[str]) -> str:
    seam = m.end()
    left = _LOWER_RUN_AT_END.search(m.string, max(0, seam - 40), seam)
    token_start = max(m.string.rfind(" ", 0, seam), m.string.rfind("\n", 0, seam)) + 1
    if m.string.startswith(("#", "@"), token_start):  # "#HàNội" is a hashtag, not two glued words
        return m.group(0)
    return m.group(0) + " " if left and _HAS_DIACRITIC.search(left.group(0)) else m.group(0)


def fix_glued_sentences(text: str) -> str:
    """Put the missing break back where two sentences were glued (".Tổng" -> ".\\nTổng").

    A glued sentence boundary usually marks a lost paragraph break (an article scraped
    onto one line), so it becomes a line break. Also "USDtrong" -> "USD trong" and
    "nướcTổng" -> "nước Tổng" (a word with diacritics glued to a capitalised word).
    """
    text = _GLUED_SENTENCE.sub(_glued_sentence_repl, text)
    text = _GLUED_ACRONYM.sub(r"\g<acro> \g<word>", text)
    return _GLUED_CAMEL.sub(_camel_repl, text) if _CAMEL_SEAM.search(text) else text


def _tidy_quotes(line: str) -> str:
    """Drop the spaces just inside paired straight quotes: '" nổ "' -> '"nổ"'."""
    if line.count('"') % 2:
        return line
    return _QUOTED.sub(lambda m: '"' + m.group(1).strip(" ") + '"', line)


def normalize_line(line: str) -> str:
    """Normalise one line that is already NFC, with spaces unified."""
    line = _MULTI_SPACE.sub(" ", line).strip()
    if not line:
        return line
    line = _END_MARK.sub(".", line)
    line = _tidy_quotes(line)
    line = _SPACE_BEFORE_PUNCT.sub(r"\1", line)
    return _MULTI_SPACE.sub(" ", line).strip()


def _normalize_lines(text: str) -> str:
    """``normalize_line`` on every line of ``text`` at once: one pass of each pattern over the page
    (a pattern whose characters the page does not hold is not run: a substring test is cheaper)."""
    text = _strip_lines(_squeeze(text))
    if "./." in text:
        text = _END_MARK_LINES.sub(".", text)
    if '"' in text:
        text = "\n".join(_tidy_quotes(line) if '"' in line else line for line in text.split("\n"))
    if _SPACE_THEN_PUNCT.search(text):
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return _strip_lines(_squeeze(text))


_SPACE_THEN_PUNCT = re.compile(r" [,;:!?.]")  # what _SPACE_BEFORE_PUNCT can match ends in one


def _squeeze(text: str) -> str:
    return _MULTI_SPACE.sub(" ", text) if "  " in text else text


def _strip_lines(text: str) -> str:
    if not (text.startswith(" ") or text.endswith(" ") or " \n" in text or "\n " in text):
        return text
    return "\n".join(line.strip(" ") for line in text.split("\n"))


# a row of a site's sections or tabs set apart by runs of spaces, as a scrape flattens a menu's cells ("Giá lúa gạo
# Giá cà phê  Giá heo hơi  Rau quả"): four or more items of 1-4 words, each opened by a capital, no punctuation. The
# runs of spaces become " | " before they are squeezed, so that the row reads as the menu it is.
_ROW_ITEM = rf"[{VI_UPPER}][^\s.!?,;:|]*(?: [^\s.!?,;:|]+){{0,3}}"
_SPACED_ROW = re.compile(rf"(?m)^ *{_ROW_ITEM}(?: {{2,}}{_ROW_ITEM}){{3,}} *$")
_GAP = re.compile(r" {2,}")


def _piped(row: re.Match) -> str:
    return _GAP.sub(" | ", row.group(0).strip())


def normalize(text: str) -> str:
    """NFC; plain spaces; no zero-width or control characters; straight quotes; a menu's cells set apart by runs of
    spaces joined by " | "; old-style tone placement ("hòa"); glued sentences split; lines stripped."""
    for _ in range(3):  # "&amp;nbsp;" needs two rounds
        if not _ENTITY.search(text):
            break
        text = html.unescape(text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _ODD_CHAR.search(text):  # one scan; most pages hold none of these characters
        text = _STRAY_MARKS.sub("", text)
        text = _LINE_BREAKS.sub("\n", text)
        text = _ZERO_WIDTH.sub("", text)
        text = _SPACES.sub(" ", text)
        text = _CONTROL.sub("", text)
    if _CURLY.search(text):
        for curly, straight in _QUOTE_PAIRS:
            text = text.replace(curly, straight)
    if "  " in text:
        text = _SPACED_ROW.sub(_piped, text)
    text = _fix_tones(_normalize_lines(fix_glued_sentences(_normalize_lines(text))))
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
