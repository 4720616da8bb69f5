"""DATE, TIME, DURATION and NUM mentions from one grammar over the normalised text.

The grammar is built from the lexicons (Gregorian, Levantine, Maghrebi and Hijri month names,
weekdays, number words, counted-person nouns, duration units, parts of the day, relative
words, holidays), so it covers `9 تشرين الثاني/نوفمبر 2020`, `و11 كانون الثاني/يناير 2021` (a proclitic
before the day), `يوم الثلاثاء الماضي`, `مساء أمس الثلاثاء`, `الساعة 13.00`, `09.00 بتوقيت
غرينتش`, `أقل من 24 ساعة`, `نحو شهر ونصف`, `الأيام الأخيرة`, `نحو 20 بالمئة`, `32 قتيلا`.
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

from annotate.preannotate.lexicon import Lexicon
from annotate.schema import ValueType
from annotate.text import Normalized


@dataclass(slots=True)
class ValueMention:
    """A value found at normalised offsets [start, end)."""

    start: int
    end: int
    type: ValueType
    score: float


def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first, with spaces matching any run of whitespace."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


_NOT_COUNTED = frozenset(["اخرين", "اخرون", "اخري", "اخر", "اخريات", "عدد"])
# Counted nouns spelled آل... or أل... that normalise like a definite noun (12 آلية، ٣٥ ألفاً).
_ALEF_MADDA_NOUNS = frozenset(["اليه", "اليات", "الاف", "الفا"])
# Multipliers counted by a number word that take the counted noun after them in turn
# (ستة آلاف شخص، ثلاثة ملايين لاجئ)
_MULTIPLIERS = frozenset(["الاف", "الف", "مليون", "ملايين", "مليار"])
_DIGITS = re.compile(r"\d+")
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_]+)")
_WORD_AT = re.compile(r"([^\W\d_]+)")
_YEAR = re.compile(r"(?:19|20)\d\d")


_OTHERS = frozenset(["اخرين", "اخرون", "اخريات"])
_THIS = ("هذا", "هذه")
_ADVERBS = r"(?:صباحا|ظهرا|عصرا|ليلا|فجرا)"
_BARE_UNITS = frozenset(["اسبوع", "شهر", "عام", "سنه", "يوم", "ساعه"])
_TIME_PREPOSITIONS = frozenset(["بعد", "قبل", "خلال", "منذ", "لمده", "طيله", "طوال"])
# nouns a number names rather than counts (القرار 1701، المادة 5)
_NUMBERED = frozenset(["القرار", "قرار", "رقم", "الرقم", "الماده", "الفقره", "البند", "الفصل"])
_SEASONS = "(?:خريف|ربيع|صيف|شتاء)"
# a market before a weekday names a place by its market day (سوق الجمعة، بسوق الأحد)
_MARKETS = frozenset(p + "سوق" for p in ("", "و", "ب", "ف", "ل", "وب"))
# what follows a holiday's name in its usual spelling (عيد الميلاد المجيد، رأس السنة الميلادية)
_HOLIDAY_EPITHETS = "(?:المجيد|المبارك|السعيد|الميلاديه|الهجريه|الجديده)"
# the ordinals of the days of a month (normalised), the units before عشر and و-tens
_ORDINALS = (
    "الاول",
    "الحادي",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
)
_ORDINAL = "(?:" + "|".join(_ORDINALS) + ")"
_TWO = frozenset(["اثنين", "اثنان", "اثنتين", "اثنتان"])
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t\u00a0]$")
# A word in -ين is a sound plural or the oblique dual, which only a fatha before the ي tells
# apart (مدنيِّين civilians, مدنيَّين two civilians).
_FATHA = "\N{ARABIC FATHA}"
_PROCLITIC_LETTERS = frozenset("وفبل")
_NONE = ("", "")


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
_COMPOUND_ADJECTIVES = frozenset(
    ["ناري", "ناريه", "بحري", "بحريه", "حربي", "حربيه", "امني", "امنيه"]
)


def _compound_adjective(text: str, end: int) -> int:
    """The end of a compound-forming adjective right after the counted noun ending at `end`."""
    m = _NEXT_WORD.match(text, end)
    return m.end(1) if m is not None and m.group(1) in _COMPOUND_ADJECTIVES else end


def _in_a_code(text: str, start: int, end: int) -> bool:
    """Are the digits at [start, end) a group of a phone number or a code: joined by a
    hyphen or a plus to other digits (9210335-51-92+، 00963-11)?"""
    before = text[start - 2 : start] if start >= 2 else ""
    after = text[end : end + 2]
    return (
        (len(before) == 2 and before[1] in "-+" and before[0].isdigit())
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
        month = _alt(lexicon.months)
        weekday = _alt(w for w in lexicon.weekdays if w.startswith("ال"))
        relmod = _alt(by_cat["relmod"])
        partday = _alt(by_cat["partday"])
        unit = _alt(by_cat["unit"])
        numword = _alt(w for w in by_cat["number"] if w != "واحد")
        quant = _alt(by_cat["quantifier"])
        percent = _alt(by_cat["percent"])
        zone = r"(?:" + _alt(by_cat["zone"]) + r"|[^\W\d_]+)"
        end = r"(?![\w])"
        num = r"\d+(?:[.,]\d+)?(?:\s+(?:الف|الاف|مليون|ملايين|مليار))?"
        # a Gregorian or Hijri year with its era letter (٢٠٢٤م، ١٤٤٦هـ)
        year = r"\d{4}(?:[مءه](?![\w]))?"
        day = r"\d{1,2}"
        # a month with its name in another calendar, in the house formats of the outlets:
        # تشرين الثاني/نوفمبر، كانون الأول/ ديسمبر، مايو (أيار)، 30 سبتمبر أيلول
        # without a slash only the two names of one month pair up (a Hijri month is no
        # second name: 10 يناير | رجب طيب أردوغان)
        solar: dict[int, list[str]] = {}
        for name, (number, calendar) in lexicon.months.items():
            if calendar != "hijri":
                solar.setdefault(number, []).append(name)
        pairs = "|".join(
            rf"{_alt(names)}(?:\s*\(\s*{_alt(names)}\s*\)|\s+{_alt(names)})"
            for _, names in sorted(solar.items())
        )
        dual = rf"(?:{month}\s*/\s*{month}|{pairs})"
        month2 = rf"(?:{dual}|{month})"
        # a day written as an ordinal before من and its month (الثاني من حزيران/يونيو)
        ordday = rf"(?:{_ORDINAL}(?:\s+عشر|\s+و(?:العشرين|الثلاثين))?|العشرين|الثلاثين)"
        clock = r"\d{1,2}[:.]\d{2}"
        adverb = r"(?:صباحا|مساء|مساءا|ظهرا|ليلا|فجرا|عصرا)"
        # a time zone: بتوقيت غرينتش، بالتوقيت المحلي
        tz = rf"(?:\s+(?:بتوقيت\s+{zone}|بالتوقيت\s+(?:المحلي|العالمي|{zone})))?"
        hour = rf"(?:{day}|{_alt(by_cat['clockword'])})"
        whole = r"(?:\s+(?:كامل|كامله|كاملا|كاملين|كاملتين))?"  # ثلاثة أيام كاملة
        fraction = r"(?:\s+(?:والنصف|والربع|ونصف|وربع|والثلث|الا\s+ربعا|الا\s+الربع))?"
        # a night across two days is one time: ليل الإثنين-الثلاثاء، ليل الأحد الإثنين،
        # ليلة الأربعاء على الخميس
        days = rf"{weekday}(?:\s*[-/\u2013\u2014]\s*{weekday}|\s+(?:(?:علي|الي)\s+)?{weekday})?"
        # the edge of a period before a date: مطلع شباط الماضي، أواخر العام الماضي
        edge = rf"(?:{_alt(by_cat['edge'])}\s+)?"
        # a definite number phrase after a plural period: الساعات الأربع والعشرين الماضية
        # a compound number word: ثلاثة عشر، خمسة وعشرون
        # eleven and twelve: أحد عشر، إحدى عشرة، اثنا عشر
        numphrase = rf"(?:{numword}(?:\s+عشر[ه]?|\s+و{numword})?|(?:احد|احدي|اثنا|اثني)\s+عشر[ه]?)"
        defnum = rf"ال{numword}(?:\s+عشر[ه]?|\s+وال{numword})?"
        # the day before yesterday counts as yesterday does (مساء أول أمس الجمعة)
        relday = r"(?:اول\s+)?امس"
        # the part of which day a clock time is in: من فجر الإثنين، من مساء اليوم
        of_day = rf"\s+من\s+{partday}\s+(?:(?:امس\s+|يوم\s+|اليوم\s+)?{weekday}|اليوم|امس|الغد)"
        patterns = [
            # TIME: a clock time with its time zone; الساعة N من ظهر السبت; فجر السبت.
            # an approximator keeps its clock time (قرابة الساعة الثانية من فجر الإثنين)
            ("TIME", rf"(?:{quant}\s+)?(?:الساعه\s+)?{clock}(?:\s+{adverb}|{of_day})?{tz}"),
            ("TIME", rf"(?:{quant}\s+)?الساعه\s+{hour}{fraction}(?:\s+{adverb}|{of_day})?{tz}"),
            # an hour word with its part of the day is a clock time (حتى الخامسة فجراً)
            ("TIME", rf"{_alt(by_cat['clockword'])}{fraction}\s+{adverb}{tz}"),
            ("TIME", rf"{partday}\s+(?:{relday}\s+|يوم\s+|اليوم\s+|غد\s+)?{days}(?:\s+{relmod})?"),
            # مساء أول أمس، مساء نفس اليوم، مساء اليوم نفسه
            ("TIME", rf"{partday}\s+(?:اليوم(?:\s+نفسه)?|نفس\s+اليوم|{relday}|الغد|البارحه)"),
            # a part of the day as an adverb (اشتبكت فجراً، سيطرت عليها ليلاً); not مساءً,
            # which normalises like the noun مساء
            ("TIME", _ADVERBS),
            # DATE: day month(/month) year, with the Levantine/Gregorian dual form.
            ("DATE", rf"(?:يوم\s+)?{day}\s+{month2}(?:\s*,?\s*{year})?(?:\s+{relmod})?"),
            ("DATE", rf"{edge}(?:شهر\s+)?{month2}\s+{year}"),
            ("DATE", rf"{edge}(?:شهر\s+)?{month2}\s+{relmod}"),
            ("DATE", rf"(?:يوم\s+)?{ordday}\s+من\s+{month2}(?:\s*,?\s*{year})?"),
            ("DATE", r"\d{1,2}[./-]\d{1,2}[./-]\d{4}"),
            # a month in its Levantine/Gregorian dual form alone names a date (في تموز/يوليو)
            ("DATE", rf"(?:شهر\s+)?{dual}"),  # شهر آذار/مارس
            ("DATE", rf"{edge}(?:عام|العام|سنه|السنه)\s+{year}"),
            # an edge or a season before a bare year (أواخر ٢٠٢٣، خريف ٢٠٢٤، صيف عام 2014)
            ("DATE", rf"(?:{_alt(by_cat['edge'])}|{_SEASONS}(?:\s+عام)?)\s+{year}"),
            # a weekday and its date are one expression (الخميس ١٢ حزيران/يونيو ٢٠٢٥)
            (
                "DATE",
                rf"(?:(?:يوم|اليوم|{relday}|غدا|بعد\s+غد)\s+)?{weekday}"
                rf"(?:\s*[,،]?\s+{day}\s+{month2}(?:\s*,?\s*{year})?|\s+{relmod})?",
            ),
            # a holiday names its day (خلال عيد الفطر، عيد الميلاد المجيد، رأس السنة الجديدة)
            (
                "DATE",
                rf"{_alt(by_cat['holiday'])}(?:\s+{_HOLIDAY_EPITHETS})?"
                rf"(?:\s+{year}|\s+{relmod})?",
            ),
            # the current period (هذا الأسبوع، هذا العام)
            ("DATE", r"(?:هذا|هذه)\s+(?:الاسبوع|الشهر|العام|السنه)"),
            ("DATE", rf"{edge}{_alt(by_cat['period'])}(?:\s+{defnum})?\s+{relmod}"),
            # an edge makes a bare month or the current period a date: مطلع آذار، نهاية العام
            ("DATE", rf"{_alt(by_cat['edge'])}\s+(?:{month2}|العام|الشهر|الاسبوع|السنه)"),
            ("DATE", r"(?:اليوم|امس|غدا)"),
            # DURATION: [approximator] number (digits or a word) and a unit; شهر ونصف.
            ("DURATION", rf"(?:{quant}\s+)?(?:{num}|{numphrase})\s+{unit}{whole}"),
            ("DURATION", rf"(?:{quant}\s+)?(?:شهر|ساعه|سنه|عام|يوم|اسبوع)\s+ونصف"),
            ("DURATION", rf"(?:{quant}\s+)?(?:يوم|ساعه|شهر|عام|اسبوع|سنه)\s+واحد[ه]?"),
            ("DURATION", rf"(?:{quant}\s+)?{_alt(by_cat['dual'])}{whole}"),
            # a whole period (منذ عام كامل، يوماً كاملاً)
            ("DURATION", r"(?:شهر|ساعه|سنه|عام|يوم|اسبوع)(?:ا)?\s+كامل(?:ه|ا)?"),
            # an approximator before a bare unit counts one: أكثر من شهر، نحو أسبوع
            ("DURATION", rf"{quant}\s+(?:شهر|ساعه|سنه|عام|يوم|اسبوع|عقد)(?!\s+\d)"),
            # NUM: a counted person noun with واحد; [approximator] number [percent].
            ("NUM", rf"{_alt(by_cat['person1'])}(?:\s+[^\W\d_]+)?\s+واحد[ه]?"),
            ("NUM", r"(?:ميات|عشرات)\s+الالاف"),  # normalised: مئات الآلاف
            ("NUM", _alt(by_cat["person2"])),
            ("NUM", rf"(?:{quant}\s+)?(?:{num}|{numphrase})(?:\s+{percent})?"),
            # a lone singular unit: an accusative one is a length (استمرت أسبوعاً); after a
            # preposition of time `find` keeps it (بعد أسبوع من، خلال شهر)
            ("DURATION", r"(?:اسبوعا|شهرا|عاما|يوما)(?!\s+(?:ما|بعد)(?![\w]))"),
            (
                "DURATION",
                r"(?:اسبوع|شهر|عام|سنه|يوم|ساعه)(?=\s*[.,;:!?)\n\"]|\s+(?:من|علي|فقط)\s)",
            ),
        ]
        parts = [f"(?P<g{i}>{rx}{end})" for i, (_, rx) in enumerate(patterns)]
        self._types = [ValueType(t) for t, _ in patterns]
        self._regex = re.compile("|".join(parts))
        # Words a value can start with: the automaton reports them as value anchors.
        self.anchor_words = frozenset(
            {"الساعه", "يوم", "اليوم", "امس", "غدا", "عام", "العام", "سنه", "السنه", "شهر"}
            | {"هذا", "هذه"}
            | {"اول امس", "بعد غد"}
            | {"خريف", "ربيع", "صيف", "شتاء"}
            | {"ساعه", "اسبوع", "اسبوعا", "شهرا", "عاما", "يوما"}
            | set(by_cat["partday"])
            | {"صباحا", "ظهرا", "عصرا", "ليلا", "فجرا"}
            | set(by_cat["clockword"])
            | {"احد", "احدي", "اثنا", "اثني"}
            | {*_ORDINALS, "العشرين", "الثلاثين"}
            | set(by_cat["quantifier"])
            | set(by_cat["number"])
            | set(by_cat["period"])
            | set(by_cat["holiday"])
            | set(by_cat["edge"])
            | set(by_cat["dual"])
            | set(by_cat["person1"])
            | set(by_cat["person2"])
            | set(lexicon.months)
            | {w for w in lexicon.weekdays if w.startswith("ال")}
        )
        self._clockwords = frozenset(w.split(" ", 1)[0] for w in by_cat["clockword"])
        self._short_numwords = frozenset(w for w in by_cat["number"] if len(w) <= 3)
        self._vague = frozenset(["عده"])
        self._percent = re.compile(rf"{percent}$")
        self._duals = frozenset(by_cat["person2"])
        self._people = frozenset(by_cat["person1"])

    def find(
        self, norm_text: str, anchors: Iterable[int], wraps: Mapping[int, int] | None = None
    ) -> list[ValueMention]:
        """Value mentions starting at digit runs or at `anchors`, left to right, non-overlapping
        (`wraps`: the soft line breaks, whitespace run start -> end, a count's noun may follow)."""
        starts = set(anchors)
        starts.update([digits.start() for digits in _DIGITS.finditer(norm_text)])
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
            if vtype is ValueType.DURATION and m.group() in _BARE_UNITS:
                if _word_before(norm_text, start) not in _TIME_PREPOSITIONS:
                    continue  # يوم، شهر alone: a length only after بعد/خلال/منذ
            elif vtype is ValueType.NUM:
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
                    vtype, score = ValueType.DATE, 0.6  # a bare year (a range: من 2020 إلى 2022)
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
            elif vtype is ValueType.TIME and m.group().split(" ", 1)[0] in self._clockwords:
                before = _word_before(norm_text, start)
                if before is not None and before.startswith("ال"):
                    continue  # الجولة الثانية صباحاً: an ordinal of the noun before it
            elif vtype is ValueType.DATE and m.group().split(" ", 1)[0] in _ORDINALS:
                before = _word_before(norm_text, start)
                if before is not None and before.startswith("ال"):
                    continue  # الأسبوع الأول من مايو: the ordinal of the noun before it
            elif vtype is ValueType.DATE and not any(c.isdigit() for c in m.group()):
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
            out.append(ValueMention(start, end, ValueType.NUM, 0.8))
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
