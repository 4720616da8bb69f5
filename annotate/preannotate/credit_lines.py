"""Credit lines: the line that names a report's places and its agency or outlet, not its news.

Wire services and the outlets that relay them credit a report on a line of its own, in a
handful of house forms (all normalised here: ا for hamza forms, ه for teh marbuta, ASCII
digits, `"` for guillemets):
- place(s), a slash or a dash, the agency: `الموصل/ الاناضول`, `يورونيوز/ ا ف ب`,
  `بوابه الوطن - ا ش ا`;
- the editors' initials and the agencies in parentheses closing a report:
  `م.ع/ر.ك (رويترز, د ب ا)`;
- an agency's dateline with its Hijri and Gregorian dates: `عمان 4 رجب 1446 ه الموافق
  4 يناير 2025 م بترا`;
- the place, the reporter and the outlet parted by slashes, whatever the outlet:
  `وارسو/ رامي سعيد/ الوطن`;
- the places of a pan-Arab daily's correspondents and the paper in quotes:
  `الخرطوم - القاهره: "الحياه"`.
None of it is news: its places are where the desk sits, its dates date the page.

A headline that ends with an agency (`مقتل خمسه جنود - رويترز`) is kept apart by what is
left once the agency, the dates and the initials are gone: a credit line leaves at most two
place names (three when slashes part them: the place, the reporter's name), never a function
word or a sentence.
"""

from __future__ import annotations

import re
from typing import Final

# Wire agencies as Arabic outlets credit them (names and the usual abbreviations).
_AGENCY: Final = (
    r"(?:الاناضول|رويترز|فرانس\s?برس|ا\s?ف\s?ب|ا\sب|د\s?ب\s?ا|ا\s?ش\s?ا|شينخوا|نوفوستي"
    r"|سبوتنيك|تاس|واس|وام|قنا|كونا|بترا|سانا|سونا|وفا|ومع|واج|سبا|ارنا|وكالات)"
)
# The line ends with one agency or a list of them, maybe in parentheses (the opening one is
# a non-letter before the first agency); the agency is a whole word (`لرويترز` is an
# addressee, not a credit).
_AGENCY_TAIL: Final = re.compile(rf"(?<![^\W\d_]){_AGENCY}(?:\s*[,/-]\s*{_AGENCY})*\s*\)?\W*$")
# Correspondents' places, a colon and the paper's name in quotes.
_OUTLET_TAIL: Final = re.compile(
    r'^\W*[^\W\d_]+(?:\s[^\W\d_]+)?(?:\s*[-/]\s*[^\W\d_]+(?:\s[^\W\d_]+)?)+\s*:\s*"[^"\n]{2,30}"\W*$'
)
# Place, reporter and outlet parted by slashes, whatever the outlet (`وارسو/ رامي سعيد/ الوطن`).
_SLASHED: Final = re.compile(
    r"[^\W\d_]+(?: [^\W\d_]+){0,2}(?:\s?/\s?[^\W\d_]+(?: [^\W\d_]+){0,2}){2,3}"
)
_WORD: Final = re.compile(r"[^\W\d_]+")
# Words that date a dateline (months of both calendars, the Hijri era and its "equivalent to").
_DATE_WORDS: Final = frozenset(
    [
        "يناير",
        "فبراير",
        "مارس",
        "ابريل",
        "مايو",
        "يونيو",
        "يوليو",
        "اغسطس",
        "سبتمبر",
        "اكتوبر",
        "نوفمبر",
        "ديسمبر",
        "كانون",
        "شباط",
        "اذار",
        "نيسان",
        "ايار",
        "حزيران",
        "تموز",
        "اب",
        "ايلول",
        "تشرين",
        "الاول",
        "الثاني",
        "محرم",
        "صفر",
        "ربيع",
        "الاخر",
        "جمادي",
        "الاولي",
        "رجب",
        "شعبان",
        "رمضان",
        "شوال",
        "ذو",
        "القعده",
        "الحجه",
        "الموافق",
    ]
)
# A word like these makes the rest a sentence, not a list of places.
_FUNCTION_WORDS: Final = frozenset(
    [
        "في",
        "من",
        "علي",
        "الي",
        "عن",
        "ان",
        "مع",
        "بعد",
        "قبل",
        "الذي",
        "التي",
        "او",
        "ثم",
        "قد",
        "لم",
        "لن",
        "لا",
    ]
)
_PLACES_MAX: Final = 2  # the desk's places: a city, two for a paper with offices in two capitals
_SLASHED_MAX: Final = 3  # `غزه/ رامي سعيد/ الاناضول`: the place and the reporter's two names
_LINE_MAX: Final = 100


def is_credit_line(stripped: str) -> bool:
    """Is this stripped, normalised line a credit line (see the module docstring)?"""
    if len(stripped) > _LINE_MAX or stripped.endswith((".", "!", "?")):
        return False
    if stripped.endswith('"'):
        return _OUTLET_TAIL.match(stripped) is not None
    if stripped.count("/") >= 2 and _SLASHED.fullmatch(stripped) is not None:
        return not any(w in _FUNCTION_WORDS for w in stripped.replace("/", " ").split())
    m = _AGENCY_TAIL.search(stripped)
    if m is None or ":" in stripped[: m.start()]:  # `X: Y (رويترز)` is a headline
        return False
    words = _WORD.findall(stripped[: m.start()])
    if any(w in _FUNCTION_WORDS for w in words):
        return False
    # initials (ع.ح), the era letters (ه م) and the dates' words are no places
    places = [w for w in words if len(w) > 2 and w not in _DATE_WORDS]
    return len(places) <= (_SLASHED_MAX if "/" in stripped[: m.start()] else _PLACES_MAX)
