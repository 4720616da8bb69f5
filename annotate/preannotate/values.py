"""DATE, TIME, DURATION and NUM mentions: one regular expression over the normalised text.

The grammar is built from the lexicons (Gregorian, Levantine, Maghrebi and Hijri month names,
weekdays, number words, counted-person nouns, duration units, parts of the day, relative
words), so it covers `9 تشرين الثاني/نوفمبر 2020`, `و11 كانون الثاني/يناير 2021` (a proclitic
before the day), `مساء أمس الثلاثاء`, `الساعة 13.00 (09.00 بتوقيت غرينتش)`, `24 ساعة`,
`شهر ونصف`, `أكثر من 200` and `32 قتيلا`. Arabic-Indic digits are ASCII digits in the
normalised copy. A NUM is only proposed for a count of people (a counted-person noun after
it, or a casualty word right before or after it): other numbers are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from annotate.preannotate.lexicon import Lexicon
from annotate.schema import ValueType


@dataclass(frozen=True, slots=True)
class ValueMention:
    """A value found at normalised offsets [start, end)."""

    start: int
    end: int
    type: ValueType
    score: float


def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first, with spaces matching any run of spaces."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


# Words right before or after a bare number that make it a count of people.
_CASUALTY_CUES = [
    "مقتل",
    "قتل",
    "قتلوا",
    "قتلت",
    "اصيب",
    "اصيبوا",
    "اصابه",
    "جرح",
    "جرحوا",
    "اسر",
    "اسرت",
    "اعتقال",
    "اعتقل",
    "اعتقلت",
    "الافراج",
    "سقوط",
    "مصرع",
    "استشهاد",
    "استشهد",
    "حصيله",
]


class ValueGrammar:
    """The compiled value patterns of one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        words = lexicon.value_words
        by_cat: dict[str, list[str]] = {}
        for word, (category, _) in words.items():
            by_cat.setdefault(category, []).append(word)
        month = _alt(lexicon.months)
        weekday = _alt(w for w in lexicon.weekdays if w.startswith("ال"))
        relmod = _alt(by_cat["relmod"])
        partday = _alt(by_cat["partday"])
        unit = _alt(by_cat["unit"])
        person = _alt(by_cat["person"])
        numword = _alt(by_cat["number"])
        quant = _alt(by_cat["quantifier"])
        zone = r"(?:" + _alt(by_cat["zone"]) + r"|[^\W\d_]+)"
        # A value may follow a proclitic glued to it (و11, بـ 24): the span starts after it.
        lead = r"(?:(?<![\w])|(?<=(?<![\w])[وفبل]))"
        end = r"(?![\w])"
        num = r"\d+(?:[.,]\d+)?"
        year = r"\d{4}(?:[مء](?![\w]))?"
        day = r"\d{1,2}"
        month2 = rf"{month}(?:\s*/\s*{month})?"
        clock = r"\d{1,2}[:.]\d{2}"
        dayref = rf"(?:(?:يوم|اليوم|امس|غدا)\s+)?{weekday}(?:\s+{relmod})?"
        patterns = [
            # TIME: a clock time with an optional time zone; الساعة N من ظهر السبت.
            (
                "TIME",
                rf"(?:الساعه\s+)?{clock}(?:\s+(?:صباحا|مساء|ظهرا|ليلا|فجرا))?"
                rf"(?:\s+\(?بتوقيت\s+{zone})?",
            ),
            (
                "TIME",
                rf"الساعه\s+{day}(?:\s+(?:صباحا|مساء|ظهرا|ليلا|فجرا)"
                rf"|\s+من\s+{partday}\s+(?:امس\s+|يوم\s+|اليوم\s+)?{weekday})?",
            ),
            # TIME: a part of the day with a weekday (فجر السبت, مساء أمس الثلاثاء).
            ("TIME", rf"{partday}\s+(?:امس\s+|يوم\s+|اليوم\s+|غد\s+)?{weekday}(?:\s+{relmod})?"),
            # DATE: day month(/month) year, with the Levantine/Gregorian dual form.
            ("DATE", rf"{day}\s+{month2}(?:\s*,?\s*{year})?(?:\s+{relmod})?"),
            ("DATE", rf"{month2}\s+{year}"),
            ("DATE", r"\d{1,2}[./-]\d{1,2}[./-]\d{4}"),
            ("DATE", rf"(?:عام|العام|سنه|السنه)\s+{year}"),
            ("DATE", dayref),
            # DURATION: a number (digits or a word) and a unit; شهر ونصف.
            ("DURATION", rf"(?:{num}|{numword})\s+{unit}"),
            ("DURATION", r"(?:شهر|ساعه|سنه|عام|يوم)\s+ونصف"),
            # NUM: [quantifier] number [counted-person noun].
            ("NUM", rf"(?:{quant}\s+)?(?:{num}|{numword})(?:\s+{person})?"),
        ]
        parts = [f"(?P<g{i}>{lead}{rx}{end})" for i, (_, rx) in enumerate(patterns)]
        self._types = [ValueType(t) for t, _ in patterns]
        self._regex = re.compile("|".join(parts))
        self._person = re.compile(rf"\s+{person}{end}")
        self._numword = frozenset(by_cat["number"])
        self._cues = frozenset(_CASUALTY_CUES)

    def find(self, norm_text: str) -> list[ValueMention]:
        """Every value mention, left to right, non-overlapping."""
        out: list[ValueMention] = []
        for m in self._regex.finditer(norm_text):
            group = m.lastgroup
            assert group is not None
            vtype = self._types[int(group[1:])]
            start, end = m.span()
            score = 0.9
            if vtype is ValueType.NUM:
                score = self._num_score(norm_text, m.group(), start, end)
                if score == 0.0:
                    continue
            elif vtype is ValueType.DATE and not any(c.isdigit() for c in m.group()):
                score = 0.8  # a weekday reference
            out.append(ValueMention(start, end, vtype, score))
        return out

    def _num_score(self, text: str, surface: str, start: int, end: int) -> float:
        """0 unless the number counts people: a person noun in the span, or a casualty cue."""
        if self._person.search(surface):
            return 0.85
        if surface in self._numword:
            return 0.0  # a bare number word ("عدة", "مئات") needs its noun
        before = text[max(0, start - 12) : start].split()
        after = text[end : end + 12].split()
        near = (before[-1:] if before else []) + (after[:1] if after else [])
        if any(w.strip("\"'()") in self._cues for w in near):
            return 0.75
        return 0.0
