"""The value grammar's patterns: the regular expressions of DATE, TIME, DURATION and NUM built
from the lexicons (month names of four calendars, weekdays, number words, units, parts of the day,
relative words, holidays), in the order `ValueGrammar` tries them, and the words a value can
start with."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from annotate.preannotate.lexicon import Lexicon

ADVERBS: Final = r"(?:صباحا|ظهرا|عصرا|ليلا|فجرا)"
SEASONS: Final = "(?:خريف|ربيع|صيف|شتاء)"
# what follows a holiday's name in its usual spelling (عيد الميلاد المجيد، رأس السنة الميلادية)
HOLIDAY_EPITHETS: Final = "(?:المجيد|المبارك|السعيد|الميلاديه|الهجريه|الجديده)"
# the ordinals of the days of a month (normalised), the units before عشر and و-tens
ORDINALS: Final = (
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
ORDINAL: Final = "(?:" + "|".join(ORDINALS) + ")"


def alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first, with spaces matching any run of whitespace."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


def value_patterns(lexicon: Lexicon, by_cat: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(value type, regex) pairs, first match wins; `by_cat` the value words by category."""
    month = alt(lexicon.months)
    weekday = alt(w for w in lexicon.weekdays if w.startswith("ال"))
    relmod = alt(by_cat["relmod"])
    partday = alt(by_cat["partday"])
    unit = alt(by_cat["unit"])
    numword = alt(w for w in by_cat["number"] if w != "واحد")
    quant = alt(by_cat["quantifier"])
    percent = alt(by_cat["percent"])
    zone = r"(?:" + alt(by_cat["zone"]) + r"|[^\W\d_]+)"
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
        rf"{alt(names)}(?:\s*\(\s*{alt(names)}\s*\)|\s+{alt(names)})"
        for _, names in sorted(solar.items())
    )
    dual = rf"(?:{month}\s*/\s*{month}|{pairs})"
    month2 = rf"(?:{dual}|{month})"
    # a day written as an ordinal before من and its month (الثاني من حزيران/يونيو)
    ordday = rf"(?:{ORDINAL}(?:\s+عشر|\s+و(?:العشرين|الثلاثين))?|العشرين|الثلاثين)"
    clock = r"\d{1,2}[:.]\d{2}"
    adverb = r"(?:صباحا|مساء|مساءا|ظهرا|ليلا|فجرا|عصرا)"
    # a time zone: بتوقيت غرينتش، بالتوقيت المحلي
    tz = rf"(?:\s+(?:بتوقيت\s+{zone}|بالتوقيت\s+(?:المحلي|العالمي|{zone})))?"
    hour = rf"(?:{day}|{alt(by_cat['clockword'])})"
    whole = r"(?:\s+(?:كامل|كامله|كاملا|كاملين|كاملتين))?"  # ثلاثة أيام كاملة
    fraction = r"(?:\s+(?:والنصف|والربع|ونصف|وربع|والثلث|الا\s+ربعا|الا\s+الربع))?"
    # a night across two days is one time: ليل الإثنين-الثلاثاء، ليل الأحد الإثنين،
    # ليلة الأربعاء على الخميس
    days = rf"{weekday}(?:\s*[-/\u2013\u2014]\s*{weekday}|\s+(?:(?:علي|الي)\s+)?{weekday})?"
    # the edge of a period before a date: مطلع شباط الماضي، أواخر العام الماضي
    edge = rf"(?:{alt(by_cat['edge'])}\s+)?"
    # a definite number phrase after a plural period: الساعات الأربع والعشرين الماضية
    # a compound number word: ثلاثة عشر، خمسة وعشرون
    # eleven and twelve: أحد عشر، إحدى عشرة، اثنا عشر
    numphrase = rf"(?:{numword}(?:\s+عشر[ه]?|\s+و{numword})?|(?:احد|احدي|اثنا|اثني)\s+عشر[ه]?)"
    defnum = rf"ال{numword}(?:\s+عشر[ه]?|\s+وال{numword})?"
    # the day before yesterday counts as yesterday does (مساء أول أمس الجمعة)
    relday = r"(?:اول\s+)?امس"
    # the part of which day a clock time is in: من فجر الإثنين، من مساء اليوم
    of_day = rf"\s+من\s+{partday}\s+(?:(?:امس\s+|يوم\s+|اليوم\s+)?{weekday}|اليوم|امس|الغد)"
    return [
        # TIME: a clock time with its time zone; الساعة N من ظهر السبت; فجر السبت.
        # an approximator keeps its clock time (قرابة الساعة الثانية من فجر الإثنين)
        ("TIME", rf"(?:{quant}\s+)?(?:الساعه\s+)?{clock}(?:\s+{adverb}|{of_day})?{tz}"),
        ("TIME", rf"(?:{quant}\s+)?الساعه\s+{hour}{fraction}(?:\s+{adverb}|{of_day})?{tz}"),
        # an hour word with its part of the day is a clock time (حتى الخامسة فجراً)
        ("TIME", rf"{alt(by_cat['clockword'])}{fraction}\s+{adverb}{tz}"),
        ("TIME", rf"{partday}\s+(?:{relday}\s+|يوم\s+|اليوم\s+|غد\s+)?{days}(?:\s+{relmod})?"),
        # مساء أول أمس، مساء نفس اليوم، مساء اليوم نفسه
        ("TIME", rf"{partday}\s+(?:اليوم(?:\s+نفسه)?|نفس\s+اليوم|{relday}|الغد|البارحه)"),
        # a part of the day as an adverb (اشتبكت فجراً، سيطرت عليها ليلاً); not مساءً,
        # which normalises like the noun مساء
        ("TIME", ADVERBS),
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
        ("DATE", rf"(?:{alt(by_cat['edge'])}|{SEASONS}(?:\s+عام)?)\s+{year}"),
        # a weekday and its date are one expression (الخميس ١٢ حزيران/يونيو ٢٠٢٥)
        (
            "DATE",
            rf"(?:(?:يوم|اليوم|{relday}|غدا|بعد\s+غد)\s+)?{weekday}"
            rf"(?:\s*[,،]?\s+{day}\s+{month2}(?:\s*,?\s*{year})?|\s+{relmod})?",
        ),
        # a holiday names its day (خلال عيد الفطر، عيد الميلاد المجيد، رأس السنة الجديدة)
        (
            "DATE",
            rf"{alt(by_cat['holiday'])}(?:\s+{HOLIDAY_EPITHETS})?"
            rf"(?:\s+{year}|\s+{relmod})?",
        ),
        # the current period (هذا الأسبوع، هذا العام)
        ("DATE", r"(?:هذا|هذه)\s+(?:الاسبوع|الشهر|العام|السنه)"),
        ("DATE", rf"{edge}{alt(by_cat['period'])}(?:\s+{defnum})?\s+{relmod}"),
        # the same in digits, the article on the number (الـ24 ساعة الماضية، الأيام الـ10
        # الأخيرة): a relative period, no length
        ("DATE", rf"ال\s?\d+\s+{unit}\s+{relmod}"),
        ("DATE", rf"{alt(by_cat['period'])}\s+ال\s?\d+\s+{relmod}"),
        # an edge makes a bare month or the current period a date: مطلع آذار، نهاية العام
        ("DATE", rf"{alt(by_cat['edge'])}\s+(?:{month2}|العام|الشهر|الاسبوع|السنه)"),
        ("DATE", r"(?:اليوم|امس|غدا)"),
        # DURATION: [approximator] number (digits or a word) and a unit; شهر ونصف.
        ("DURATION", rf"(?:{quant}\s+)?(?:{num}|{numphrase})\s+{unit}{whole}"),
        ("DURATION", rf"(?:{quant}\s+)?(?:شهر|ساعه|سنه|عام|يوم|اسبوع)\s+ونصف"),
        ("DURATION", rf"(?:{quant}\s+)?(?:يوم|ساعه|شهر|عام|اسبوع|سنه)\s+واحد[ه]?"),
        ("DURATION", rf"(?:{quant}\s+)?{alt(by_cat['dual'])}{whole}"),
        # a whole period (منذ عام كامل، يوماً كاملاً)
        ("DURATION", r"(?:شهر|ساعه|سنه|عام|يوم|اسبوع)(?:ا)?\s+كامل(?:ه|ا)?"),
        # an approximator before a bare unit counts one: أكثر من شهر، نحو أسبوع
        ("DURATION", rf"{quant}\s+(?:شهر|ساعه|سنه|عام|يوم|اسبوع|عقد)(?!\s+\d)"),
        # NUM: a counted person noun with واحد; [approximator] number [percent].
        ("NUM", rf"{alt(by_cat['person1'])}(?:\s+[^\W\d_]+)?\s+واحد[ه]?"),
        ("NUM", r"(?:ميات|عشرات)\s+الالاف"),  # normalised: مئات الآلاف
        ("NUM", alt(by_cat["person2"])),
        ("NUM", rf"(?:{quant}\s+)?(?:{num}|{numphrase})(?:\s+{percent})?"),
        # a lone singular unit: an accusative one is a length (استمرت أسبوعاً); after a
        # preposition of time `find` keeps it (بعد أسبوع من، خلال شهر)
        ("DURATION", r"(?:اسبوعا|شهرا|عاما|يوما)(?!\s+(?:ما|بعد)(?![\w]))"),
        (
            "DURATION",
            r"(?:اسبوع|شهر|عام|سنه|يوم|ساعه)(?=\s*[.,;:!?)\n\"]|\s+(?:من|علي|فقط)\s)",
        ),
    ]


def anchor_words(lexicon: Lexicon, by_cat: dict[str, list[str]]) -> frozenset[str]:
    """Words a value can start with: the automaton reports them as value anchors."""
    return frozenset(
        {"الساعه", "يوم", "اليوم", "امس", "غدا", "عام", "العام", "سنه", "السنه", "شهر"}
        | {"هذا", "هذه"}
        | {"اول امس", "بعد غد"}
        | {"خريف", "ربيع", "صيف", "شتاء"}
        | {"ساعه", "اسبوع", "اسبوعا", "شهرا", "عاما", "يوما"}
        | set(by_cat["partday"])
        | {"صباحا", "ظهرا", "عصرا", "ليلا", "فجرا"}
        | set(by_cat["clockword"])
        | {"احد", "احدي", "اثنا", "اثني"}
        | {*ORDINALS, "العشرين", "الثلاثين"}
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
