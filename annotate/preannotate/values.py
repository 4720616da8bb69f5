"""DATE, TIME, DURATION and NUM mentions from one grammar over the normalised text.

The grammar (its patterns in value_patterns.py) is built from the lexicons (Gregorian,
Levantine, Maghrebi and Hijri month names, weekdays, number words, counted-person nouns,
duration units, parts of the day, relative words, holidays), so it covers `9 تشرين
الثاني/نوفمبر 2020`, `و11 كانون الثاني/يناير 2021` (a proclitic before the day), `يوم
الثلاثاء الماضي`, `مساء أمس الثلاثاء`, `الساعة 13.00`, `09.00 بتوقيت غرينتش`, `أقل من 24
ساعة`, `نحو شهر ونصف`, `الأيام الأخيرة`, `نحو 20 بالمئة`, `32 قتيلا`.
Arabic-Indic digits are ASCII digits in the normalised copy.

Conventions: a DATE keeps يوم / عام and relative words but not منذ / في; a range is two DATEs;
a DURATION keeps a leading approximator; a NUM is the numeral with its approximator and the
counted noun that directly follows it (tamyiz), but not آخرين, a من-partitive or a definite
genitive (`مئات` القتلى).

Speed: the expression is only tried where a value can start (a digit run or a value word the
lexicon pass found), never at every character.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final

from annotate.preannotate.labels import VALUE_DATE, VALUE_DURATION, VALUE_NUM, VALUE_TIME
from annotate.preannotate.lexicon import Lexicon
from annotate.preannotate.value_patterns import ORDINALS, alt, anchor_words, value_patterns
from annotate.schema import ValueType
from annotate.text import Normalized


@dataclass(slots=True)
class ValueMention:
    """A value found at normalised offsets [start, end)."""

    start: int
    end: int
    type: ValueType
    score: float


_NOT_COUNTED: Final = frozenset(["اخرين", "اخرون", "اخري", "اخر", "اخريات", "عدد"])
# Counted nouns spelled آل... or أل... that normalise like a definite noun (12 آلية، ٣٥ ألفاً).
_ALEF_MADDA_NOUNS: Final = frozenset(["اليه", "اليات", "الاف", "الفا"])
# Multipliers counted by a number word that take the counted noun after them in turn
# (ستة آلاف شخص، ثلاثة ملايين لاجئ)
_MULTIPLIERS: Final = frozenset(["الاف", "الف", "مليون", "ملايين", "مليار"])
_DIGITS: Final = re.compile(r"\d+")
_NEXT_WORD: Final = re.compile(r"[ \t\u00a0]+([^\W\d_]+)")
_WORD_AT: Final = re.compile(r"([^\W\d_]+)")
_YEAR: Final = re.compile(r"(?:19|20)\d\d")


_OTHERS: Final = frozenset(["اخرين", "اخرون", "اخريات"])
_THIS: Final = ("هذا", "هذه")
_BARE_UNITS: Final = frozenset(["اسبوع", "شهر", "عام", "سنه", "يوم", "ساعه"])
_TIME_PREPOSITIONS: Final = frozenset(["بعد", "قبل", "خلال", "منذ", "لمده", "طيله", "طوال"])
# nouns a number names rather than counts (القرار 1701، المادة 5)
_NUMBERED: Final = frozenset(
    ["القرار", "قرار", "رقم", "الرقم", "الماده", "الفقره", "البند", "الفصل"]
)
# a market before a weekday names a place by its market day (سوق الجمعة، بسوق الأحد)
_MARKETS: Final = frozenset(p + "سوق" for p in ("", "و", "ب", "ف", "ل", "وب"))
_TWO: Final = frozenset(["اثنين", "اثنان", "اثنتين", "اثنتان"])
_WORD_BEFORE: Final = re.compile(r"([^\W\d_]+)[ \t\u00a0]$")
# A word in -ين is a sound plural or the oblique dual, which only a fatha before the ي tells
# apart (مدنيِّين civilians, مدنيَّين two civilians).
_FATHA: Final = "\N{ARABIC FATHA}"
_PROCLITIC_LETTERS: Final = frozenset("وفبل")
_NONE: Final = ("", "")


def _norm_index(norm: Normalized, raw_pos: int) -> int:
    """The normalised offset of the first kept character at or after raw offset `raw_pos`."""
    j = bisect_right(norm.raw_starts, raw_pos) - 1
    if j < 0:
        return 0
    if j in norm.collapsed:
        return norm.norm_starts[j]
    # a deleted mark lies past its segment's end: the next kept character
    seg_end = norm.norm_starts[j + 1] if j + 1 < len(norm.norm_starts) else len(norm.text)
    return min(norm.norm_starts[j] + (raw_pos - norm.raw_starts[j]), seg_end)


# Adjectives that make a compound noun of the counted noun, not a description of it (٤٠
# دراجة نارية، ١٠ أميال بحرية، ثماني سفن حربية، ١٤ حادثة أمنية); not an accusative one,
# which agrees with an accusative tamyiz (60 ميلاً | بحرياً), nor a nationality.
_COMPOUND_ADJECTIVES: Final = frozenset(
    ["ناري", "ناريه", "بحري", "بحريه", "حربي", "حربيه", "امني", "امنيه"]
)


def _compound_adjective(text: str, end: int) -> int:
    """The end of a compound-forming adjective right after the counted noun ending at `end`."""
    m = _NEXT_WORD.match(text, end)
    return m.end(1) if m is not None and m.group(1) in _COMPOUND_ADJECTIVES else end


def _in_a_code(text: str, start: int, end: int) -> bool:
    """Are the digits at [start, end) a group of a phone number or a code: joined by a
    hyphen or a plus to other digits (9210335-51-92+، 00963-11), or the number of a model
    or movement after its letters and a hyphen (قاذفات بي-2، حركة إم-23)?"""
    before = text[start - 2 : start] if start >= 2 else ""
    after = text[end : end + 2]
    return (
        (len(before) == 2 and before[1] in "-+" and (before[0].isdigit() or before[0].isalpha()))
        or (len(after) == 2 and after[0] in "-+" and after[1].isdigit())
        or after[:1] == "+"
    )


def _word_before(text: str, start: int) -> str | None:
    """The word right before `start` when a single space separates them."""
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return m.group(1) if m is not None else None


class ValueGrammar:
    """The compiled value patterns of one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        by_cat: dict[str, list[str]] = {}
        for word, (category, _) in lexicon.value_words.items():
            by_cat.setdefault(category, []).append(word)
        patterns = value_patterns(lexicon, by_cat)
        end = r"(?![\w])"
        parts = [f"(?P<g{i}>{rx}{end})" for i, (_, rx) in enumerate(patterns)]
        self._types = [ValueType(t) for t, _ in patterns]
        self._regex = re.compile("|".join(parts))
        self.anchor_words = anchor_words(lexicon, by_cat)
        self._clockwords = frozenset(w.split(" ", 1)[0] for w in by_cat["clockword"])
        self._short_numwords = frozenset(w for w in by_cat["number"] if len(w) <= 3)
        self._vague = frozenset(["عده"])
        self._percent = re.compile(rf"{alt(by_cat['percent'])}$")
        self._duals = frozenset(by_cat["person2"])
        self._people = frozenset(by_cat["person1"])

    def find(
        self, norm_text: str, anchors: Iterable[int], wraps: Mapping[int, int] | None = None
    ) -> list[ValueMention]:
        """Value mentions starting at digit runs or at `anchors`, left to right, non-overlapping
        (`wraps`: the soft line breaks, whitespace run start -> end, a count's noun may follow)."""
        starts = set(anchors)
        for digits in _DIGITS.finditer(norm_text):
            at = digits.start()
            starts.add(at)
            # الـ24 ساعة الماضية: the article on a number (its tatweel is normalised away)
            if norm_text[at - 2 : at] == "ال" and (at == 2 or not norm_text[at - 3].isalpha()):
                starts.add(at - 2)
        out: list[ValueMention] = []
        last_end = -1
        match = self._regex.match
        for start in sorted(starts):
            if start < last_end or (start > 0 and norm_text[start - 1].isdigit()):
                continue
            if (
                start > 0
                and norm_text[start - 1] == "ك"
                and (start == 1 or not norm_text[start - 2].isalpha())
            ):
                continue  # كميات (quantities) is no ك + ميات (hundreds)
            m = match(norm_text, start)
            if m is None:
                continue
            group = m.lastgroup
            assert group is not None
            vtype = self._types[int(group[1:])]
            end = m.end()
            score = 0.85
            if vtype is VALUE_DURATION and m.group() in _BARE_UNITS:
                if _word_before(norm_text, start) not in _TIME_PREPOSITIONS:
                    continue  # يوم، شهر alone: a length only after بعد/خلال/منذ
            elif vtype is VALUE_NUM:
                surface = m.group()
                if surface in self._vague or _in_a_code(norm_text, start, end):
                    continue  # عدة؛ هاتف: 9210335-51-92+ (a phone number counts nothing)
                before = _word_before(norm_text, start)
                if (
                    before in _NUMBERED
                    and surface.isdigit()
                    and self._counted_noun(norm_text, end, wraps) == end
                ):
                    continue  # القرار 1701، المادة 5: a number that names (not الرقم ٧٠٦ أسرى)
                if (
                    surface in _TWO
                    and before is not None
                    and len(before) > 3
                    and before.endswith(("ين", "ان"))
                ):
                    # مسعفين اثنين: the dual noun and its numeral are one count
                    start -= len(before) + 1
                    if before[0] in "وف" and (
                        before[1:-2] in self._people or before[1:] in self._duals
                    ):
                        start += 1  # ومسعفين اثنين: the conjunction stays out
                    if out and out[-1].end > start:
                        out.pop()
                if surface in self._duals or surface.endswith("الالاف"):
                    pass  # a dual or مئات الآلاف: the counted noun is inside
                elif (
                    _YEAR.fullmatch(surface)
                    and start > 0
                    and not self._counts_people(norm_text, end)
                ):
                    vtype, score = VALUE_DATE, 0.6  # a bare year (a range: من 2020 إلى 2022)
                elif not self._percent.search(surface):  # ٦٠ في المئة | بلغ: a share counts nothing
                    end = self._counted_noun(norm_text, end, wraps)
                    if norm_text[m.end() : end].strip() in _MULTIPLIERS:
                        end = self._counted_noun(norm_text, end, wraps)
                    if end > m.end():
                        end = _compound_adjective(norm_text, end)
                    if (
                        end == m.end()
                        and surface in self._short_numwords
                        and not self._others_after(norm_text, end)
                    ):
                        continue  # ست، خمس alone are other words, not before آخرين
            elif vtype is VALUE_TIME and m.group().split(" ", 1)[0] in self._clockwords:
                before = _word_before(norm_text, start)
                if before is not None and before.startswith("ال"):
                    continue  # الجولة الثانية صباحاً: an ordinal of the noun before it
            elif vtype is VALUE_DATE and m.group().split(" ", 1)[0] in ORDINALS:
                before = _word_before(norm_text, start)
                if before is not None and before.startswith("ال"):
                    continue  # الأسبوع الأول من مايو: the ordinal of the noun before it
            elif vtype is VALUE_DATE and not any(c.isdigit() for c in m.group()):
                if m.group().startswith(_THIS) and start > 0 and norm_text[start - 1].isalpha():
                    continue  # رئيس المجلس لهذا الشهر: the month of an office, no date
                if _word_before(norm_text, start) in _MARKETS:
                    continue  # سوق الجمعة، سوق الأحد: a town or district named by its market day
                score = 0.75
            out.append(ValueMention(start, end, vtype, score))
            last_end = end
        return out

    def marked_duals(self, norm: Normalized) -> list[ValueMention]:
        """The oblique duals of counted person nouns that the text marks with a fatha
        (أُفرج عن بحّارَين، إصابة مدنيَّيْن): a count of two, a proclitic left out. Read from
        the raw text's fathas (few in news), not from every word in -ين."""
        raw, text = norm.raw, norm.text
        out: list[ValueMention] = []
        r = raw.find(_FATHA)
        while r >= 0:
            # the normalised offset of the letter under the fatha (marks are deleted)
            letter = _norm_index(norm, r) - 1
            r = raw.find(_FATHA, r + 1)
            end = letter + 3
            if letter < 3 or text[letter + 1 : end] != "ين" or text[end : end + 1].isalpha():
                continue
            start = letter
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            stem = text[start : letter + 1]
            if stem not in self._people:
                if stem[:1] not in _PROCLITIC_LETTERS or stem[1:] not in self._people:
                    continue
                start += 1  # لمدنيَّين: the proclitic stays out
            out.append(ValueMention(start, end, VALUE_NUM, 0.8))
        return out

    def _others_after(self, text: str, end: int) -> bool:
        """Does آخرين/آخرون follow (اعتقلوا ستة آخرين): the number counts people."""
        m = _NEXT_WORD.match(text, end)
        return m is not None and m.group(1) in _OTHERS

    def _counts_people(self, text: str, end: int) -> bool:
        """Does a person noun follow the number (2000 جندي، 1500 مقاتل): a count, not a year?"""
        m = _NEXT_WORD.match(text, end)
        return m is not None and m.group(1).removesuffix("ا") in self._people

    def _counted_noun(self, text: str, end: int, wraps: Mapping[int, int] | None = None) -> int:
        """The end of the tamyiz noun right after a numeral, or `end` when there is none."""
        m = _NEXT_WORD.match(text, end)
        if m is None and wraps and end in wraps:
            m = _WORD_AT.match(text, wraps[end])  # a PDF hard wrap: ٣١٢⏎محتجزاً
        if m is None:
            return end
        word = m.group(1)
        lex = self.lexicon
        trigger = lex.triggers.get(word)
        if (
            (word.startswith("ال") and word not in _ALEF_MADDA_NOUNS)
            # an adverb that is also a counted noun is its tamyiz after a number (١١ عسكرياً)
            or (word in lex.stopwords and lex.value_words.get(word, _NONE)[0] != "person")
            or word in _NOT_COUNTED
            or word in lex.months
            or word in lex.weekdays
            or (trigger is not None and trigger.verbal)
            or word.startswith("و")
            or word.endswith(("ها", "هم", "هما"))  # pronoun-suffixed: a verb or a possessed noun
            or len(word) < 3
        ):
            return end
        return m.end(1)
