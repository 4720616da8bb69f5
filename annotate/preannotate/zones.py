"""Layout of an article: zones that get no predictions, and sentence boundaries.

Zones are found on the normalised copy (its lines are the raw text's lines):
- boilerplate lines: ad slots, PDF footers (`Powered by`, `Page 3 / 3`), bare URLs, tag clouds
  (`كلمات دلالية:`), source and "more news" lines, "back to top" buttons, bullet lists of
  related headlines, photo credits (`© …`) and permalinks;
- credit lines: the desk's places and the agency (`الموصل/ الأناضول`, `credit_lines.py`);
- related content: a "read also" / "related articles" / "editor's picks" marker, or a bare
  "topics" header, alone on its line starts a zone that runs to the end of the document (news
  sites append unrelated articles there), unless the box closes (`end of list`) or the
  paragraph after its headlines carries on the article (it opens with a connective such as وفي
  or من جهته, which no article starts with); the same marker followed by a headline on its
  own line only blanks that line.

Sentence boundaries: terminal punctuation before a space or a line end (not inside `13.00`),
and line ends, except where PDF extraction wrapped a long line in mid-sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Final

from annotate.preannotate.credit_lines import is_credit_line
from annotate.preannotate.genre_zones import genre_zones, head_lines, page_wraps

# Markers, normalised (ا for hamza forms, ه for teh marbuta, ي for alef maqsura).
_RELATED: Final = re.compile(
    # "read also", maybe "on <site>:" (اقرأ أيضاً في الوسط:)
    r"^\W*(?:اقرا\s+(?:ايضا|المزيد)(?:\s+(?:في|علي)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?(?=\s*:))?|مقالات\s+(?:ذات\s+صله|مشابهه|متعلقه)|اخبار\s+(?:ذات\s+صله|متعلقه|مشابهه)"
    r"|موضوعات\s+(?:ذات\s+صله|متعلقه)|مواضيع\s+(?:ذات\s+صله|متعلقه)|قد\s+يهمك(?:\s+ايضا)?|اقرا\s+كذلك"
    r"|شاهد\s+ايضا|الاكثر\s+قراءه|المزيد\s+من\s+الاخبار|قصص\s+(?:ذات\s+صله|متعلقه)"
    # an editor's picks and a bare topics header (a tag list follows)
    r"|اختيارات\s+المحرر|مختارات\s+المحرر|(?:مواضيع|موضوعات)(?=\W*$)"
    # a section's "more from" link closing a page (المزيد من أفريقيا، المزيد من الشرق الأوسط)
    r"|المزيد\s+من\s+[^\W\d_]+(?:\s+[^\W\d_]+)?(?=\W*$))\W*"
)
# How a paragraph that carries on an article opens (normalised): a new article never starts
# with a connective, so after a related box such a paragraph is the article again.
_CARRIES_ON: Final = re.compile(
    r"(?:و?(?:في|من)\s+(?:جهت|جانب)|بدور|و?في\s+(?:غضون|المقابل|السياق|سياق|الاثناء|هذه\s+الاثناء)"
    r"|و?الي\s+ذلك|كما\s|وفي\s|ومن\s|وعلي\s|وكان|ويذكر|يذكر\s+ان|وتاتي|وياتي|وجاء\s"
    r"|و(?:قال|اضاف|تابع|اكد|اشار|اعلن|لفت|اوضح|شدد|دعا|دعت|ذكر|اعتبر|بحسب|وفق|حسب|تقول|يقول)"
    r")"
)
# The Latin furniture of a scraped related box (list of 2 items / list 1 of 2 / end of list).
_BOX_LINE: Final = re.compile(
    r"list\s+(?:of\s+\d+\s+items?|\d+\s+of\s+\d+)|end\s+of\s+list", re.IGNORECASE
)
# (the normalised copy spells the Arabic comma and semicolon as Latin ones)
_HEADLINE_END: Final = (".", ";", ",", ":", "!")
# Boilerplate lines: the alternatives anchored at the line start are cheap to try; the three
# that may start anywhere in the line (`.*X`) are only tried when the line holds their literal.
_BOILERPLATE: Final = re.compile(
    r"^\W*(?:Powered\s+by\b.*|Page\s+\d+\s*/\s*\d+|https?://\S+|www\.\S+"
    r"|(?:ال)?كلمات\s+(?:ال)?دلاليه.*|الكلمات\s+المفتاحيه.*|(?:ال)?وسوم\s*:.*|Tags\s*:.*"
    r"|المصدر\s*:.*"
    # a photo credit or a copyright line (© UNIFIL) and a permalink line (رابط دائم https://…)
    r"|.{0,80}\N{COPYRIGHT SIGN}.{0,80}|رابط\s+(?:دايم|مختصر|المقال)\b.*"
    r"|لمزيد\s+من.*اضغط\s+هنا.*|زر\s+الذهاب\s+الي\s+الاعلي"
    # a short line that asks the reader to follow the outlet (تابعوا تغطيتنا على يوتيوب)
    r"|(?:تابعونا|تابعوا)\s.{0,80}"
    r"|(?:تابعوا|اشتركوا|اشترك|انضموا|انضم)\s.*(?:قناتنا|صفحتنا|حسابنا|حساباتنا).*"
    r"|اعلان|مساحه\s+اعلانيه|شارك\s+(?:هذا\s+)?(?:الخبر|المقال).*|•.*"
    # a byline: maybe an abbreviated title (د.), hyphenated names (جان-بيير), then maybe the
    # date and hour (كتب: X / الأحد ...)
    r"|(?:(?:كتب|كتبت|اعداد|تحرير)\s*:|بقلم\s*:?)\s*(?:[^\W\d_]{1,2}\.\s*)?[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,3}"
    r"(?:\s*[/|]\s*[\w،,:/ -]{0,60})?)\W*$",
    re.IGNORECASE,
)
_AD_SLOT: Final = re.compile(r"^\W*(?:.*\bAdPlace\b.*)\W*$", re.IGNORECASE)
_CLICK_HERE: Final = re.compile(r"^\W*(?:.*اضغط\s+هنا\W*)\W*$", re.IGNORECASE)
_MEDIA_LINK: Final = re.compile(
    r"^\W*(?:.*\((?:شاهد|فيديو|بالفيديو|صور|بالصور)\))\W*$", re.IGNORECASE
)


def _boilerplate(line: str) -> bool:
    """Is this stripped line boilerplate? (an ad slot, a footer, a link, a byline, ...)"""
    # "AdPlace" folds to ASCII letters only, so lower() finds every case-insensitive match
    return (
        _BOILERPLATE.match(line) is not None
        or ("اضغط" in line and _CLICK_HERE.match(line) is not None)
        or ("(" in line and _MEDIA_LINK.match(line) is not None)
        or ("adplace" in line.lower() and _AD_SLOT.match(line) is not None)
    )


# Cheap literal anchors: a document without any of them has no zone (the common case).
_ANCHORS: Final = (
    "ايضا",
    "صله",
    "مشابهه",
    "متعلقه",
    "يهمك",
    "قراءه",
    "المزيد",
    "AdPlace",
    "Powered",
    "Page",
    "http",
    "www.",
    "دلاليه",
    "المفتاحيه",
    "وسوم",
    "Tags",
    "المصدر",
    "\N{COPYRIGHT SIGN}",
    "رابط",
    "المحرر",
    "قصص",
    "مواضيع",
    "موضوعات",
    "اضغط",
    "الاعلي",
    "تابعونا",
    "تابعوا",
    "قناتنا",
    "صفحتنا",
    "حسابنا",
    "اعلان",
    "شارك",
    "•",
    "كتب",
    "بقلم",
    "اعداد",
    "تحرير",
    "شاهد",
    "فيديو",
    "صور",
)
# A dateline at the start of a line: (agency / source - date) before the lead sentence.
_DATELINE: Final = re.compile(r"\([^()\n]{3,120}[/-][^()\n]{0,120}\)")
# A dateline glued to the lead: place words (and a date) then the agency in parentheses
# (`بيروت (رويترز) -`, `كوتاباتو، الفلبين 21 أكتوبر 2025 (شينخوا)`, `X - 14 - 10 (كونا) --`)
# or the outlet in guillemets (`دكا، 9 أيلول/سبتمبر - «نوفوستي عربي».`; the copy spells them ").
_GLUED_DATELINE: Final = re.compile(
    r'(?P<place>[^\W\d_][^\n().!?:;"]{0,60}?)\s*'
    r"(?:\((?P<agency>[^()\n\d]{2,30})\)[ \t]*(?P<dash>--?|\N{EN DASH}|\N{EM DASH})?"
    r'|[-\N{EN DASH}][ \t]*"[^"\n]{2,30}"(?:\s*,\s*وكالات)?[ \t]*[.:]?)'
)
_GLUED_LINES: Final = 6  # the lead is among the first lines (after headlines and a byline)
_GLUED_PLACE_WORDS: Final = 8


@dataclass(slots=True)
class Zone:
    """A normalised range [start, end) that gets no predictions, and why."""

    start: int
    end: int
    kind: str  # "boilerplate" | "related" | "dateline" | "genre"


def find_zones(norm_text: str) -> list[Zone]:
    """The no-prediction zones of a normalised text, in order, non-overlapping."""
    zones = _datelines(norm_text)
    zones.extend(Zone(a, b, "genre") for a, b in genre_zones(norm_text))
    anchored = any(a in norm_text for a in _ANCHORS)
    pos = 0
    skip_to = 0
    for line in norm_text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped or start < skip_to:
            continue
        if is_credit_line(stripped):
            zones.append(Zone(start, end, "dateline"))
            continue
        if not anchored:
            continue
        related = _RELATED.match(stripped)
        if related and related.end() == len(stripped):
            block_end = _related_block_end(norm_text, pos)
            zones.append(Zone(start, block_end, "related"))
            if block_end == len(norm_text):
                break
            skip_to = block_end
            continue
        if related or (_boilerplate(stripped) and not _content_bullet(stripped, norm_text, pos)):
            zones.append(Zone(start, end, "related" if related else "boilerplate"))
    return _merged(zones)


def _content_bullet(stripped: str, norm_text: str, next_start: int) -> bool:
    """Is this bullet line a point of the text (a key figure, a demand) rather than a related
    headline? Points end like sentences or run on to the next line (a wrapped page); headlines
    do neither."""
    if not stripped.startswith("\N{BULLET}"):
        return False
    if stripped.endswith(_HEADLINE_END):
        return True
    end = norm_text.find("\n", next_start)
    following = norm_text[next_start : len(norm_text) if end < 0 else end].strip()
    return bool(following) and not following.startswith("\N{BULLET}")


def _related_block_end(norm_text: str, pos: int) -> int:
    """Where a related block whose marker line ends before `pos` ends: after its box's
    `end of list` line, or before the paragraph after its headlines when that paragraph
    carries on the article; otherwise at the end of the document."""
    headlines = 0
    while pos < len(norm_text):
        end = norm_text.find("\n", pos)
        end = len(norm_text) if end < 0 else end
        line = norm_text[pos:end].strip()
        if not line:
            pass
        elif line.startswith("(") and _DATELINE.match(line):
            break  # an appended article's dateline: everything after belongs to it
        elif _BOX_LINE.fullmatch(line):
            if line.lower().startswith("end"):
                return min(end + 1, len(norm_text))
        elif headlines and _CARRIES_ON.match(line):
            return pos
        elif headlines < 4 and not line.endswith(_HEADLINE_END):
            headlines += 1
        else:
            break
        pos = end + 1
    return len(norm_text)


def _merged(zones: list[Zone]) -> list[Zone]:
    """`zones` sorted and non-overlapping: a zone inside or across an earlier one (the dateline
    of an appended article inside a related block) is absorbed into it. `ZoneIndex` and the
    matcher's zone pointer both rely on this."""
    out: list[Zone] = []
    for zone in sorted(zones, key=lambda z: (z.start, -z.end)):
        if out and zone.start < out[-1].end:
            out[-1].end = max(out[-1].end, zone.end)
        else:
            out.append(zone)
    return out


def _glued_dateline(line: str) -> int:
    """The length of the dateline glued to the start of this lead line, or 0. The place part
    is a few words; without a date (a digit or a comma) it must be an agency in parentheses
    closed by a dash, as wire services write it, so that a lead sentence with a parenthesis
    or a quote is no dateline."""
    m = _GLUED_DATELINE.match(line)
    if m is None or len(m["place"].split()) > _GLUED_PLACE_WORDS:
        return 0
    if m["agency"] is not None and len(m["agency"].split()) > 4:
        return 0
    dated = any(c.isdigit() for c in m["place"]) or "," in m["place"] or " - " in m["place"]
    if not dated and (m["agency"] is None or m["dash"] is None):
        return 0
    # the lead follows on the same line (a headline ending in `(فيديو)` is none), unless the
    # dateline closes with a colon and the lead starts below
    if not m[0].rstrip().endswith(":") and len(line[m.end() :].split()) < 3:
        return 0
    return m.end()


def _datelines(norm_text: str) -> list[Zone]:
    out: list[Zone] = []
    for start, line in head_lines(norm_text, _GLUED_LINES):
        width = _glued_dateline(line)
        if width:
            out.append(Zone(start, start + len(line[:width].rstrip()), "dateline"))
            break
    i = 0 if norm_text.startswith("(") else norm_text.find("\n(")
    while i >= 0:
        start = i if norm_text[i] == "(" else i + 1
        m = _DATELINE.match(norm_text, start)
        if m is not None:
            out.append(Zone(m.start(), m.end(), "dateline"))
        i = norm_text.find("\n(", start + 1)
    return out


class ZoneIndex:
    """Fast membership test: is a normalised offset inside a zone?"""

    def __init__(self, zones: list[Zone]) -> None:
        self.starts = [z.start for z in zones]
        self.ends = [z.end for z in zones]

    def __bool__(self) -> bool:
        return bool(self.starts)

    def covers(self, start: int, end: int) -> bool:
        """True when [start, end) touches a zone."""
        i = bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.ends[i] > start


_TERMINAL: Final = re.compile(r"[.!?;\n]")  # a mark between digits (13.00) ends no sentence
_LINE_END_OK: Final = ".!?:;\"')»"
_SPACES: Final = re.compile(r"\s*")
# A line at least this long that does not end in punctuation was wrapped by PDF extraction.
_WRAP_MIN: Final = 60


def soft_wraps(norm_text: str) -> dict[int, int]:
    """Whitespace runs with a newline that only wrap a sentence: run start -> run end.

    A run is the spaces and tabs before a newline and all whitespace after it.
    """
    out: dict[int, int] = {}
    n = len(norm_text)
    pos = 0
    while (i := norm_text.find("\n", pos)) >= 0:
        start = i
        while start > pos and norm_text[start - 1] in " \t":
            start -= 1
        m = _SPACES.match(norm_text, i + 1)
        end = m.end() if m is not None else i + 1
        if end >= n:
            break
        line = norm_text[norm_text.rfind("\n", 0, start) + 1 : start]
        if len(line) >= _WRAP_MIN and line[-1] not in _LINE_END_OK:
            out[start] = end
        pos = end
    out.update(page_wraps(norm_text))  # short wrapped lines of a paged (PDF) text
    return out


def sentence_starts(norm_text: str, wraps: dict[int, int]) -> list[int]:
    """Start offsets of the sentences (sorted; the first is 0); `wraps` from `soft_wraps`."""
    starts = [0]
    skip_until = -1
    last = len(norm_text) - 1
    for m in _TERMINAL.finditer(norm_text):
        i = m.start()
        if i < skip_until:
            continue
        if norm_text[i] == "\n":
            j = i
            while j > 0 and norm_text[j - 1] in " \t":
                j -= 1
            if j in wraps:
                skip_until = wraps[j]
                continue  # a soft line break inside a sentence
        elif (i > 0 and norm_text[i - 1].isdecimal()) or (
            i < last and norm_text[i + 1].isdecimal()
        ):
            continue
        starts.append(i + 1)
    return starts
