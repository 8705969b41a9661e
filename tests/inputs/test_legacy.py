"""VNI and TCVN3 Vietnamese: the tables, detection of real text converted with them, no false alarms."""
from __future__ import annotations

import pytest

from bad_inputs import SEEDS, encode_cp1258
from vnsumm.inputs.legacy import LEGACY_ENCODINGS, from_legacy, legacy_encoding, to_legacy
from web_server import BODY, TITLE

SENTENCES = [
    "Thủ tướng Phạm Minh Chính đã chủ trì cuộc họp của Chính phủ về việc phát triển kinh tế.",
    "Người dân ở Đà Nẵng được hưởng lợi từ những dự án đường bộ mới trong năm nay.",
    "Bộ Y tế cho biết số ca mắc sốt xuất huyết tại các tỉnh phía Nam đang tăng nhanh.",
]
VIETNAMESE = [p.read_text(encoding="utf-8") for p in SEEDS] + [TITLE + "\n\n" + BODY, " ".join(SENTENCES)]
OTHER_LANGUAGES = [  # letters VNI and TCVN3 use ("ä", "ö", "ü", "ñ", "ß", "ø"), in their own languages
    "Die Bundesregierung hat am Donnerstag über die Förderung für Mädchen und Jungen in Schulen beraten. "
    "Der Minister äußerte sich zufrieden: Die Maßnahmen würden schön wirken, größere Städte müssten folgen.",
    "El año pasado, el señor Muñoz viajó a España con su compañía; la niña pequeña aprendió mañana español.",
    "Le ministre a présenté à Noël un rôle très important pour l'hôtel du côté de la forêt où ça a lieu.",
    "Søndag blev der holdt møde i Ålborg om økonomien, og de får nye løsninger på de små øer i år.",
]


@pytest.mark.parametrize("encoding, unicode, legacy", [
    ("VNI", "Việt Nam", "Vieät Nam"),  # as the issue quotes it
    ("TCVN3", "Việt Nam", "ViÖt Nam"),
    ("VNI", "Đường phố Hà Nội", "Ñöôøng phoá Haø Noäi"),
    ("TCVN3", "Đường phố Hà Nội", "§\xadêng phè Hµ Néi"),
    ("VNI", "quỹ tín dụng ỵ", "quyõ tín duïng î"),
    ("TCVN3", "quỹ tín dụng", "quü tÝn dông"),
])
def test_the_tables_give_the_known_spellings(encoding, unicode, legacy):
    assert to_legacy(unicode, encoding) == legacy
    assert from_legacy(legacy, encoding) == unicode


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
@pytest.mark.parametrize("text", VIETNAMESE, ids=[f"text{n}" for n in range(len(VIETNAMESE))])
def test_real_vietnamese_in_a_legacy_encoding_is_named(text, encoding):
    found = legacy_encoding(to_legacy(text, encoding))
    assert found is not None and found.encoding == encoding
    assert from_legacy(found.seen, encoding) == found.meant != found.seen


@pytest.mark.parametrize("text", VIETNAMESE + OTHER_LANGUAGES, ids=lambda t: t[:20])
def test_no_false_alarm_on_unicode_vietnamese_or_other_languages(text):
    assert legacy_encoding(text) is None


WINDOWS_1258 = [  # read byte for byte, "bé" is TCVN3's "bộ", a common word: too few such words to count
    "Giáo viên phát hiện bé gái bị ngã ở sân trường nên đã đưa bé đi khám ngay.",
]


@pytest.mark.parametrize("text", VIETNAMESE + SENTENCES + WINDOWS_1258, ids=lambda t: t[:20])
def test_no_false_alarm_on_windows_1258_bytes(text):
    """Windows-1258 files are Unicode-era Vietnamese: read byte for byte, they are no legacy font text."""
    assert legacy_encoding(encode_cp1258(text).decode("latin-1")) is None


def test_the_reason_is_one_line_naming_the_encoding():
    found = legacy_encoding(to_legacy(SENTENCES[1], "VNI"))
    assert found.reason() == ('looks like VNI-encoded Vietnamese read as Windows-1252: "Ngöôøi" for "Người"; '
                              "convert it to Unicode (UTF-8)")
