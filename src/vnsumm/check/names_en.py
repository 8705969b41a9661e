"""English names: gazetteer places and capitalised words that look like a person's or a
Vietnamese name ("Pete Hegseth", "Hoang Xuan Chien", "Bien Hoa")."""
from __future__ import annotations

import re
from functools import lru_cache

from vnsumm.check.dates_en import MONTHS, WEEKDAYS
from vnsumm.check.facts import Fact
from vnsumm.check.gazetteer import CITY_FORMS, ENTRIES
from vnsumm.check.text import Claimed, fold, vietnamese_shaped

__all__ = ["names_en", "places_en"]

_TITLE_WORDS = set("""
president vice prime minister ministers deputy secretary general gen party chief chairman
chairwoman chair chairperson ambassador senator sen rep representative governor mayor mr mrs ms
miss dr prof professor colonel col lieutenant lt major maj captain capt admiral adm commander
sergeant senior acting assistant under state defense defence foreign war affairs national
assembly king queen prince princess emperor pope premier chancellor director head spokesperson
spokesman spokeswoman envoy counsellor counselor standing permanent member top leader officer
official comrade madam sir his her excellency congressman congresswoman senator mr. mrs. ms. dr. gen. lt. col. maj. capt. adm.
""".split())
_NOT_NAMES = set("""
tet covid agent orange dioxin ordnance unexploded remediation politburo secretariat plenum
fatherland front communist comprehensive strategic partnership dialogue defence defense
memorandum understanding joint statement vision declaration ministry department commission
committee council force forces army navy airforce guard border coast police people peoples
socialist republic democratic federation kingdom union association conference summit forum
procuracy procurator procuratorate inspectorate ombudsman prefecture municipality
forum week day year month news agency university airport airbase airfield province city
district commune ward delta river sea island islands bay lake mountain highway bridge port
""".split())
# common given names and a few much-cited surnames: words that are names even when frequent
_PERSON_NAMES = set("""
john mike michael pete peter joe joseph donald george james robert william bill richard david
thomas charles christopher daniel matthew anthony mark paul steven steve andrew kenneth kevin
brian edward ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry
justin scott brandon benjamin samuel frank gregory raymond alexander patrick jack dennis jerry
tyler aaron henry adam douglas nathan zachary kyle walter harold jeremy ethan carl keith roger
gerald terry sean arthur austin noah lawrence jesse joe bryan billy jordan albert
dylan bruce willie gabriel alan juan logan wayne ralph roy eugene randy vincent russell louis
philip bobby johnny bradley mary patricia jennifer linda elizabeth barbara susan jessica sarah
karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol
amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela
helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine
carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann
teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber
marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose
alexis kamala hillary condoleezza antony lloyd marco vladimir sergei sergey dmitry emmanuel
narendra fumio shinzo yoon moon kim jong anwar joko prabowo ferdinand hun manet sonexay
jinping keqiang qiang ursula olaf rishi keir boris theresa justin
trump biden obama clinton bush putin macron modi kishida pompeo blinken hegseth rubio kerry
""".split())

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@lru_cache(maxsize=8192)
def _zipf(word: str) -> float:
    """English word frequency (Zipf scale, 0 to 8). Without wordfreq every word counts as
    common, so only given names, Vietnamese-looking names and titled names are checked."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a declared dependency
        return 5.0
    return zipf_frequency(word, "en")


def _is_common(word: str) -> bool:
    """A frequent English word ("Comprehensive", "Harvard"): not by itself a name to check."""
    w = word.lower()
    return w in _NOT_NAMES or w in MONTHS or w in WEEKDAYS or w in _TITLE_WORDS or _zipf(w) >= 3.0


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:;\n"


# a capital named as a place, not as its government ("Washington said")
_AS_PLACE = re.compile(r"\b(?:in|at|to|from|into|near|outside|around|across|visit(?:ed|s|ing)?|"
                       r"arriv(?:ed|es|ing)\s+in|held\s+in|based\s+in)\s+$", re.IGNORECASE)


def places_en(text: str, taken: Claimed) -> list[Fact]:
    """Gazetteer names in the brief (longest form first, case-sensitive). A capital that stands
    for its country ("Beijing said") named as a place ("in Beijing") needs the city itself."""
    forms = sorted(((form, e) for e in ENTRIES for form in e.english), key=lambda x: -len(x[0]))
    facts: list[Fact] = []
    for form, entry in forms:
        for m in re.finditer(rf"(?<![\w$]){re.escape(form)}(?![\w$])(?!['’-](?!s\b)\w)(?:['’]s)?", text):
            if not _inside_vietnamese_name(text, form, m) and taken.claim(m.start(), m.end()):
                as_place = form in CITY_FORMS and form != entry.name \
                    and _AS_PLACE.search(text[max(0, m.start() - 30):m.start()])
                facts.append(Fact(entry.kind, m.group(0), m.start(), m.end(), key=entry.name,
                                  gazetteer=True, aliases=CITY_FORMS[form] if as_place else ()))
    return facts


def _inside_vietnamese_name(text: str, form: str, m: re.Match) -> bool:
    """"Thai" in "Thai Binh" or "Le Thai To", "Lao" in "Lao Cai": a syllable of a Vietnamese
    name, not Thailand or Laos."""
    if " " in form or not vietnamese_shaped(form):
        return False
    nxt = re.match(r"[ \t]+([A-Z][^\W\d_]*)", text[m.end():])
    prev = re.search(r"([A-Z][^\W\d_]*)[ \t]+$", text[:m.start()])
    return bool(nxt and vietnamese_shaped(nxt.group(1)) and not _is_common(nxt.group(1))
                or prev and vietnamese_shaped(prev.group(1)) and not _is_common(prev.group(1))
                and not _sentence_initial(text, prev.start(1)))


def _name_runs(text: str, taken: Claimed) -> list[list[re.Match]]:
    """Runs of capitalised words joined by spaces or hyphens, split at gazetteer names."""
    runs: list[list[re.Match]] = [[]]
    for w in _WORD.finditer(text):
        word = w.group(0)
        capital = word[0].isupper() and not (len(word) > 1 and word.isupper())
        joined = runs[-1] and re.fullmatch(r"[ \t]*[-‐–]?[ \t]*", text[runs[-1][-1].end():w.start()])
        if not joined and runs[-1]:
            runs.append([])
        if capital and taken.free(w.start(), w.end()):
            runs[-1].append(w)
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def _name_tokens(text: str, run: list[re.Match]) -> list[bool]:
    """Which words of a capitalised run are (part of) a person's or a place's name."""
    words = [re.sub(r"['’]s?$", "", w.group(0)) for w in run]
    flags = []
    for i, word in enumerate(words):
        low = word.lower()
        initial = i == 0 and _sentence_initial(text, run[0].start())
        if low in _PERSON_NAMES:
            flags.append(True)
        elif low in _NOT_NAMES or low in _TITLE_WORDS or low in MONTHS or low in WEEKDAYS:
            flags.append(False)
        else:
            flags.append(not initial and not _is_common(word) or (initial and _zipf(low) < 2.5))
    # two or more Vietnamese-shaped syllables in a row are a Vietnamese name ("To Lam", "Bien Hoa")
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and vietnamese_shaped(words[j]) and words[j].lower() not in _TITLE_WORDS:
            j += 1
        # ... unless every word is a very common English one ("Up To Ten" in a headline)
        if j - i >= 2 and any(_zipf(w.lower()) < 4.5 for w in words[i:j]):
            for k in range(i, j):
                flags[k] = True
        i = max(j, i + 1)
    # two or more capitalised words inside a sentence, none of them frequent in English, are a
    # name ("Michele Bachmann", "Ehud Ur"), not a title ("Defence Policy Dialogue")
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and _zipf(words[j].lower()) < PAIR_RARE and not _is_title_or_common(words[j]) \
                and not (j == 0 and _sentence_initial(text, run[0].start())):
            j += 1
        if j - i >= 2:
            for k in range(i, j):
                flags[k] = True
        i = max(j, i + 1)
    return flags


PAIR_RARE = 3.5  # Zipf frequency under which two capitalised words in a row are a name


def _is_title_or_common(word: str) -> bool:
    low = word.lower()
    return low in _NOT_NAMES or low in _TITLE_WORDS or low in MONTHS or low in WEEKDAYS \
        or bool(_DEMONYM.search(low))


_DEMONYM = re.compile(r"(?:ian|ians|ese|ean|eans|ish|ic|ism|ist|ists|ites?)$")


RARE_ALONE = 2.5  # Zipf frequency under which a lone capitalised word is a name


def _worth_checking_alone(text: str, run: list[re.Match], index: int) -> bool:
    """A lone name word is checked after a title ("Secretary Pompeo"), when it is a given name
    or known surname, when it looks like a Vietnamese syllable ("Chien") or when it is rare in
    English ("Hegseth", "Vietjet"); demonyms ("Nepalese") are not."""
    word = re.sub(r"['’]s?$", "", run[index].group(0))
    low = word.lower()
    if index > 0 and run[index - 1].group(0).lower().rstrip(".") in _TITLE_WORDS:
        return True
    if low in _PERSON_NAMES:
        return True
    if _DEMONYM.search(low):
        return False
    if vietnamese_shaped(word) or fold(word) != low:
        return True
    # a rare word ("Hegseth", "Vietjet") inside a sentence, but not the plural of a common one
    # ("Templars"); a rare word opening a sentence is as often a rare noun ("Ocelots hunt")
    return _zipf(low) < RARE_ALONE and not (low.endswith("s") and _zipf(low[:-1]) >= RARE_ALONE) \
        and not _sentence_initial(text, run[index].start())


def names_en(text: str, taken: Claimed) -> list[Fact]:
    facts: list[Fact] = []
    for run in _name_runs(text, taken):
        flags = _name_tokens(text, run)
        if not any(flags):
            continue
        first = flags.index(True)
        last = len(flags) - 1 - flags[::-1].index(True)
        while first < last and _DEMONYM.search(run[first].group(0).lower()) \
                and run[first].group(0).lower() not in _PERSON_NAMES \
                and (first + 1 < last or _worth_checking_alone(text, run, last)):
            first += 1  # "Ecuadorean Galápagos": the place is "Galápagos"
        if first == last and not _worth_checking_alone(text, run, first):
            continue
        # keep the given name and title-free words between the first and last name words
        start, end = run[first].start(), run[last].end()
        span = re.sub(r"['’]s$", "", text[start:end])
        end = start + len(span)
        # "O'Flynn" is looked for as "o flynn": the article's words are split at apostrophes
        words = [" ".join(re.findall(r"[^\W\d_]+", fold(re.sub(r"['’]s?$", "", w.group(0)))))
                 for w in run[first:last + 1]]
        # forms to look for: the whole name, then without leading common words ("The Bien Hoa")
        keys = [" ".join(words)]
        if len(words) > 1 and _sentence_initial(text, start) and words[0] not in _PERSON_NAMES \
                and _zipf(words[0]) >= 5.0:
            keys.append(" ".join(words[1:]))
        fact = Fact("name", span, start, end, key=keys[0], aliases=tuple(keys))
        facts.append(fact)
    return facts
