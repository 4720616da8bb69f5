"""Zones that a genre's format brings, beyond a news site's boilerplate (`zones.py`).

Found on the normalised copy (ا for hamza forms, ي for ئ, ه for teh marbuta, ي for alef maqsura, ASCII
digits), line by line, and only when the text holds one of the markers' literals:
- press releases and agency items: the breadcrumb line (`الرئيسية › …`) with the site header
  above it, the reference line (`رقم المرجع: …`), the publication line (`نُشر في: …`,
  `نشرت في: …`), the end mark (`-انتهى-`, `//انتهى//`) to the end (a stamp or the footer
  follows it), an agency's subscriber disclaimer to the end, the print/share footer
  (`طباعة | مشاركة …`) and the copyright line to the end;
- live blogs: the update banner (`آخر تحديث: …`), the share line (`شارك [هذه] التغطية:`) to
  the end;
- opinion columns: the reading time (`وقت القراءة: ٦ دقائق`), the author note (`* الكاتب …`)
  to the end;
- PDF reports: page footers (`الصفحة ٢ من ٦`) and the running header that repeats after them;
- transcripts: the break `(فاصل)` and the watch line (`شاهد الحلقة …`) to the end;
- any genre: a masthead of three or more short fields split by `|` (`تغطية الاجتماعات | مجلس
  الأمن | الجلسة ٩٧٨٢ | نيويورك`), a line of asterisks (`* *** *`), and the number of a numbered
  point or heading at a line start (`٢. تدين الوزارة …`), which counts nothing.
"""

from __future__ import annotations

import re
from typing import Final

# Whole lines, normalised.
_LINE: Final = re.compile(
    r"^\W*(?:الرييسيه\s*›.*"
    r"|(?:رقم\s+المرجع|الرقم\s+المرجعي)\s*:.*"
    # the publication line of a web page or a release: نُشر في: …، تاريخ النشر: …، رقم البيان: …
    r"|(?:نشرت?(?:\s+(?:في|بتاريخ))?|تاريخ\s+(?:النشر|الاصدار)|رقم\s+البيان)\s*:.*"
    r"|قبل\s+\d+\s+(?:ساعات|ساعه|دقايق|دقيقه|ايام)"
    r"|اخر\s+تحديث\s*:.*"
    r"|(?:وقت|مده)\s+القراءه\s*:.*|\d+\s+دقايق\s+(?:لل)?قراءه"
    r"|(?:ال)?صفحه\s+\d+\s+من\s+\d+"
    r"|فاصل)\W*$"
)
# A line that starts the document's closing matter: the zone runs to the end.
_TAIL: Final = re.compile(
    r"^\W*(?:طباعه\s*\||شارك\s+(?:هذه\s+)?التغطيه|شاهد\s+الحلقه|جميع\s+الحقوق\s+محفوظه"
    # an end mark (-انتهى-, //انتهى//, (انتهت الإحاطة)): what follows is a stamp or a footer
    r"|انته[يت](?:\s+[^\W\d_]+)?\W*$"
    # the contact footer of a release or a briefing (للتواصل: …، للاستفسارات الإعلامية: …),
    # not a sentence that only opens with one
    r"|(?:للتواصل|للاستفسار|للاستفسارات)(?:\s+[^\W\d_]+)?\s*:(?!.*[.!?]$)"
    # the subscriber disclaimer a wire agency appends to the items it publishes on its site
    r"|الاخبار\s+المنشوره\s+علي\s+الموقع)"
    r"|^\*+\s*الكاتب\s"
)
_FOOTER: Final = re.compile(r"^\W*(?:ال)?صفحه\s+\d+\s+من\s+\d+\W*$")
_NAV: Final = "›"
# A numbered point or heading: the number and its mark, before a space.
_MARKER: Final = re.compile(r"^[ \t]*(\d{1,2}[.)-]|\(\d{1,2}\))(?=[ \t])", re.MULTILINE)
_ANCHORS: Final = (
    _NAV,
    "المرجع",
    "المنشوره",
    "انتهت",
    "للتواصل",
    "للاستفسار",
    "انتهي",
    "تحديث",
    "القراءه",
    "قراءه",
    "صفحه",
    "فاصل",
    "طباعه",
    "التغطيه",
    "الحلقه",
    "محفوظه",
    "الكاتب",
    "نشر",
    "البيان",
    "قبل",
    "|",
    "*",
)
_FIELD_MAX: Final = 40  # a masthead field is a name, not a sentence
_HEADER_MAX: Final = 80  # a running header or a site header is a short line
_SENTENCE_END: Final = ".!?؟"


def genre_zones(norm_text: str) -> list[tuple[int, int]]:
    """The [start, end) ranges of the genre markers of a normalised text, in order."""
    out = [(m.start(1), m.end(1)) for m in _markers(norm_text)]
    out.extend(_dated_head_lines(norm_text))
    if not any(a in norm_text for a in _ANCHORS):
        return out
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for line in norm_text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if stripped:
            lines.append((start, end, stripped))
    footer = False
    for i, (start, end, stripped) in enumerate(lines):
        if _TAIL.match(stripped) is not None:
            out.append((start, len(norm_text)))
            break
        if _NAV in stripped and _LINE.match(stripped) is not None:
            # the site header above a breadcrumb line at the top of the page goes with it
            if i <= 2 and all(len(s) <= _HEADER_MAX for _, _, s in lines[:i]):
                start = 0
            out.append((start, end))
        elif _LINE.match(stripped) is not None or _masthead(stripped) or _no_words(stripped):
            out.append((start, end))
            footer = footer or _FOOTER.match(stripped) is not None
    if footer:
        out.extend(_running_headers(lines))
    return sorted(out)


# A line of the page head that only dates the page: [weekday،] day month[/month] year [time].
_DATE_LINE: Final = re.compile(
    r"^\W*(?:[^\W\d_]+\s*[,،]?\s*)?"
    r"(?:\d{1,2}\s+[^\W\d_]+(?:\s*/\s*[^\W\d_]+)?\s+\d{4}|\d{1,2}([./-])\d{1,2}\1\d{4})\s*[مء]?"
    r"(?:\s*[-|]?\s*\d{1,2}:\d{2}\s*(?:[صم]|AM|PM)?)?\W*$"
)
_HEAD_LINES: Final = 5


def head_lines(norm_text: str, count: int) -> list[tuple[int, str]]:
    """The first `count` non-blank lines of a text (among its first 13), with their starts."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in norm_text.split("\n", 12):
        start = pos
        pos += len(line) + 1
        if line.strip():
            out.append((start, line))
            if len(out) == count:
                break
    return out


def _dated_head_lines(norm_text: str) -> list[tuple[int, int]]:
    """The date-only lines among the first lines of a text (a page's publication date under
    the title and byline), which date no event."""
    return [
        (start, start + len(line))
        for start, line in head_lines(norm_text, _HEAD_LINES)[1:]
        if _DATE_LINE.match(line) is not None
    ]


def _markers(norm_text: str) -> list[re.Match[str]]:
    return list(_MARKER.finditer(norm_text)) if "\n" in norm_text else []


def _masthead(line: str) -> bool:
    if line.count("|") < 2 or line[-1] in _SENTENCE_END:
        return False
    return all(0 < len(f.strip()) <= _FIELD_MAX for f in line.split("|"))


def _no_words(line: str) -> bool:
    return "*" in line and not any(c.isalnum() for c in line)


def _running_headers(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """A short line printed again after a page footer: the report's running header."""
    seen: dict[str, int] = {}
    for _, _, s in lines:
        if len(s) <= _HEADER_MAX and s[-1] not in _SENTENCE_END:
            seen[s] = seen.get(s, 0) + 1
    return [(a, b) for a, b, s in lines if seen.get(s, 0) >= 2 and _FOOTER.match(s) is None]


_PAGE_FOOTER: Final = re.compile(
    r"^\W*(?:(?:ال)?صفحه\s+\d+\s+من\s+\d+|Page\s+\d+\s*(?:/|of)\s*\d+)\W*$"
)
_PDF_LINE_END: Final = ".!?:;\"')»\N{ARABIC SEMICOLON}\N{ARABIC QUESTION MARK}"
# A line that opens a heading, a numbered point or a bullet starts a new unit.
_OPENER: Final = re.compile(r"(?:\d{1,2}[.)-]|\(\d{1,2}\)|[•*▪◦-])\s")


def page_wraps(norm_text: str) -> dict[int, int]:
    """Line breaks of a paged (PDF-extracted) text that only wrap a sentence, however short the
    line: whitespace run start -> the start of the next line's words. A sentence cut by a page
    footer and the running header after it runs on across them (the two are zones)."""
    if "صفحه" not in norm_text and "Page" not in norm_text:
        return {}
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for line in norm_text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        lines.append((start, end, line.strip()))
    footers = {i for i, (_, _, s) in enumerate(lines) if _PAGE_FOOTER.match(s) is not None}
    if not footers:
        return {}
    repeated = {a for a, _ in _running_headers([x for x in lines if x[2]])}
    out: dict[int, int] = {}
    for i, (start, end, stripped) in enumerate(lines):
        if not stripped or stripped[-1] in _PDF_LINE_END or i in footers or start in repeated:
            continue
        if _OPENER.match(stripped) is not None:
            continue  # a heading: its line is its own
        j = i + 1
        crossed = False
        while j < len(lines) and (
            j in footers or (crossed and (not lines[j][2] or lines[j][0] in repeated))
        ):
            crossed = True
            j += 1
        if j >= len(lines) or not lines[j][2] or _OPENER.match(lines[j][2]) is not None:
            continue
        nxt, nxt_end, _ = lines[j]
        raw = norm_text[nxt:nxt_end]
        out[start + len(norm_text[start:end].rstrip())] = nxt + len(raw) - len(raw.lstrip())
    return out
