"""Weapons (WEA): a weapon noun from the gazetteer with its adjectives, and named models.

The gazetteer finds the weapon nouns and the phrases whose head is a weapon only with its
qualifier (`طائرة مسيرة`, `عبوة ناسفة`, `سيارة مفخخة`). Here a found weapon is extended over the
adjectives and genitive names that classify it (`صواريخ باليستية بعيدة المدى`, `صواريخ
كاتيوشا`, `طائرات مسيرة انتحارية`) and over a nisba that agrees with it in definiteness, the
army's weapon (`مقاتلات إسرائيلية`, `المدفعية الإسرائيلية`), never over a pronoun-suffixed noun. A model named after `طراز` (`من طراز "شاهد"`, `من طراز إف-16`) or quoted
right after a weapon noun (`صواريخ "كورنيت"`) is a WEA of its own, without its quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from annotate.preannotate.labels import VALUE_NUM, WEA
from annotate.preannotate.spans import Candidate, Context, is_definite

# Model names (normalised) that name a weapon after `طراز` or a weapon noun even unquoted.
MODELS: Final = frozenset(
    [
        "شاهد",
        "اسكندر",
        "بيرقدار",
        "هيمارس",
        "كورنيت",
        "جافلين",
        "ستينغر",
        "ستينجر",
        "كاليبر",
        "كينجال",
        "تسيركون",
        "توماهوك",
        "اتاكمس",
        "لانسيت",
        "باتريوت",
        "ليوبارد",
        "ابرامز",
        "بانتسير",
        "اوريشنيك",
        "كاتيوشا",
        "غراد",
        "سكالب",
    ]
)
# Adjectives (normalised, masculine and feminine, bare and definite forms are derived) and
# genitive class names that extend a weapon noun.
_ADJECTIVE_STEMS: Final = (
    "باليستي",
    "بحري",
    "مسير",
    "حربي",
    "مقاتل",
    "انتحاري",
    "ذكي",
    "عنقودي",
    "ناسف",
    "مفخخ",
    "ثقيل",
    "خفيف",
    "متوسط",
    "موجه",
    "مجنح",
    "دقيق",
    "حراري",
    "فوسفوري",
    "متطور",
    "هجومي",
    "اعتراضي",
    "مدرع",
    "فراغي",
    "كيميايي",
    "نووي",
    "انقضاضي",
    "صاروخي",
    "ناري",
    "ارضي",  # لغم أرضي: a landmine
    "يدوي",  # قنبلة يدوية: a hand grenade
    "رشاش",  # بندقية رشاشة: a machine gun
)
# آلي/آلية (automatic) normalise to إلى/إليه: an adjective only when the raw word has the madda.
_MADDA_ADJECTIVES: Final = frozenset(["الي", "اليه"])


def _forms(stem: str) -> list[str]:
    # singular and the feminine (and plural of things), and the feminine dual (مفخختين); a
    # nisba also in the masculine dual and accusative (صاروخين باليستيين، صاروخاً باليستياً)
    forms = [stem, stem + "ه", stem + "تين", stem + "تان"]
    if stem.endswith("ي"):
        forms += [stem + "ين", stem + "ان", stem + "ا"]
    return forms + ["ال" + f for f in forms]


_ADJECTIVES: Final = frozenset(
    [f for stem in _ADJECTIVE_STEMS for f in _forms(stem)] + ["هاون", "الهاون", "كروز", *MODELS]
)
# Two- and three-word qualifiers: the range, the crew, the surface-to-air kind, the target.
_PHRASES: Final = frozenset(
    [
        *[
            f"{a}{g} {m}"
            for a in ("بعيد", "قصير", "متوسط", "طويل")
            for g in ("", "ه")
            for m in ("المدي",)
        ],
        *[
            f"{d}{a}{g} المدي"
            for d in ("ال",)
            for a in ("بعيد", "قصير", "متوسط", "طويل")
            for g in ("", "ه")
        ],
        "بدون طيار",
        "من دون طيار",
        "ارض ارض",
        "ارض جو",
        "جو جو",
        "جو ارض",
        "فرط صوتيه",
        "فرط صوتي",
        "الفرط صوتيه",
        *[
            f"{m}{g} {t}"
            for m in ("مضاد", "المضاد")
            for g in ("", "ه")
            for t in ("للدروع", "للطايرات", "للدبابات", "للسفن", "للافراد")
        ],
    ]
)
_MAX_WORDS: Final = 3  # at most three qualifier words (a phrase counts as one step)
# the source of a weapon phrase that a nisba closes (مقاتلات إسرائيلية)
_NISBA_CLOSED: Final = "weapon+nisba"

# A quoted model: a short name right after `طراز` or a weapon noun.
_QUOTED: Final = re.compile(r"[ \t]*[\"«“']([^\"»”'\n]{1,30})[\"»”']")
# An unquoted model code: Latin letters/digits (ATACMS, S-400) or an Arabic word with a number
# (إف-16، إس 400، تي-72).
_CODE: Final = re.compile(
    r"[ \t]*([A-Za-z][A-Za-z0-9]*(?:[- ]?[0-9]+)?|[\u0621-\u064a]+(?:-| )?[0-9]+)(?!\w)"
)
# A Latin model code right after a weapon noun joins it (صواريخ ATACMS، طائرات F-16).
_LATIN: Final = re.compile(r"[ \t]+([A-Z][A-Za-z0-9]*(?:-?[0-9]+)?)(?![\w-])")
# so does an Arabic-lettered code joined to its number by a hyphen (قاذفات بي-2، طائرات سو-35)
_ARABIC_CODE: Final = re.compile(r"[ \t]+([\u0621-\u064a]{1,4}-[0-9]+)(?![\w-])")
_TYPE_WORD: Final = re.compile(r"(?<!\w)طراز(?!\w)")
# the accusative of a masculine weapon noun, its tanween written with an alef (أطلق صاروخاً،
# زرعوا لغماً), after an optional proclitic (normalised)
_ACCUSATIVE: Final = re.compile(r"(?<!\w)[وف]?((?:صاروخ|لغم|رشاش)ا)(?!\w)")
# a launcher in construct with what it fires is one weapon (قاذفتي صواريخ، راجمة قذائف), as
# is a cannon with its charge (مدافع المياه، مدفع هاون), after an optional proclitic
_LAUNCHERS: Final = re.compile(
    r"(?<!\w)[وفبل]?((?:(?:قاذف|راجم)(?:ه|ات|تي|تين|تان|تا)[ \t]+(?:صواريخ|قذايف|قنابل))"
    r"|(?:مدافع|مدفع)[ \t]+(?:المياه|مياه|هاون))(?!\w)"
)
# a piece (قطعة، قطع) of weapon, after an optional proclitic (normalised)
_PIECES: Final = re.compile(r"(?<!\w)[وفبل]?قطع[ه]?[ \t]+(سلاح)(?!\w)")


def count_weapons(text: str, values: list[Candidate], weapons: list[Candidate]) -> None:
    """A count takes the weapon it counts (`ثلاث مسيرات`, `٣١ بندقية رشاشة`, `٣٤٠ قطعة
    سلاح`): the weapon phrase starting in its counted noun or right after it ends the NUM,
    which nests the WEA; a من-partitive (`١٢٠٠ قطعة من الأسلحة`) keeps them apart. The
    nationality of what is counted stays out of both (`٥ طائرات حربية` | هندية)."""
    starts = sorted({w.start for w in weapons})
    ends: dict[int, int] = {}
    for w in weapons:
        ends[w.start] = max(ends.get(w.start, 0), w.end)
    longest: dict[int, Candidate] = {}
    for w in weapons:
        if w.end == ends[w.start]:
            longest[w.start] = w
    for v in values:
        if v.label is not VALUE_NUM:
            continue
        k = bisect_right(starts, v.start)  # the first weapon starting after the count
        if k == len(starts):
            continue
        start = starts[k]
        if start < v.end or (start == v.end + 1 and text[v.end].isspace()):
            weapon = longest[start]
            if weapon.source == _NISBA_CLOSED:
                # a count leaves out the nationality of what it counts (٥ طائرات حربية |
                # هندية, like ٤٠ مدنياً | فلسطينياً), and so does the weapon it nests
                weapon.end = _before_last_word(text, weapon.start, weapon.end)
            v.end = max(v.end, weapon.end)


def _before_last_word(text: str, start: int, end: int) -> int:
    """The end of the phrase [start, end) without its last word."""
    j = end
    while j > start and not text[j - 1].isspace():
        j -= 1
    while j > start and text[j - 1].isspace():
        j -= 1
    return j


def find_weapons(ctx: Context, weapons: list[Candidate]) -> list[Candidate]:
    """Extended weapon phrases for the gazetteer's WEA candidates, and named models."""
    out: list[Candidate] = []
    text = ctx.text
    for cand in weapons:
        end, nisba = _extend(ctx, cand.end, is_definite(text[cand.start : cand.end]))
        if end > cand.end:
            source = _NISBA_CLOSED if nisba else "weapon"
            out.append(Candidate(cand.start, end, WEA, cand.score, source))
        quoted = _QUOTED.match(text, end)
        if quoted is not None and _one_name(quoted.group(1)):
            out.append(_model(quoted, 0.8))
    if "طراز" in text:
        for m in _TYPE_WORD.finditer(text):
            found = _QUOTED.match(text, m.end())
            if found is not None and not _one_name(found.group(1)):
                continue
            found = found or _CODE.match(text, m.end())
            if found is not None:
                out.append(_model(found, 0.8))
                continue
            word = ctx.word_at(m.end())
            if word is not None and word[2] in MODELS:
                out.append(Candidate(word[0], word[1], WEA, 0.8, "weapon"))
    if "قطع" in text:
        # a piece of weapon: the measure noun's genitive is the weapon it counts (٣٤٠ قطعة
        # سلاح ⊃ سلاح), where سلاح alone names a service (سلاح الجو) and is no gazetteer word
        out.extend(
            Candidate(m.start(1), m.end(1), WEA, 0.8, "weapon") for m in _PIECES.finditer(text)
        )
    if "قاذف" in text or "راجم" in text or "مدافع" in text or "مدفع" in text:
        for m in _LAUNCHERS.finditer(text):
            end, _ = _extend(ctx, m.end(1), False)
            out.append(Candidate(m.start(1), end, WEA, 0.8, "weapon"))
    for m in _ACCUSATIVE.finditer(text):
        end, _ = _extend(ctx, m.end(1), False)
        out.append(Candidate(m.start(1), end, WEA, 0.8, "weapon"))
    if "مسيره" in text and _SHADDA in ctx.norm.raw:
        out.extend(_drones(ctx))
    return out


_SHADDA: Final = "\N{ARABIC SHADDA}"
# مسيّرة (a drone) normalises like مسيرة (a march): the noun alone is a weapon only when the
# raw text writes its shadda (مسيّرة إسرائيلية تقصف).
_DRONE: Final = "مسيره"
_DRONE_CLITICS: Final = frozenset(["", "و", "ف", "ب", "ل", "وب", "ول", "ال", "وال", "فال", "بال"])


def _drones(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    text, raw, to_raw = ctx.text, ctx.norm.raw, ctx.norm.to_raw
    i = text.find(_DRONE)
    while i >= 0:
        end = i + len(_DRONE)
        ya = i + 2  # مسي|ره: the shadda follows the ي
        start = i
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        prefix = text[start:i]
        if (
            prefix in _DRONE_CLITICS
            and not text[end : end + 1].isalpha()
            and _SHADDA in raw[to_raw(ya) + 1 : to_raw(ya + 1)]
        ):
            definite = prefix.endswith("ال")
            begin = i - 2 if definite else i
            stop, nisba = _extend(ctx, end, definite)
            source = _NISBA_CLOSED if nisba else "weapon"
            out.append(Candidate(begin, stop, WEA, 0.8, source))
        i = text.find(_DRONE, end)
    return out


def _model(m: re.Match[str], score: float) -> Candidate:
    s, e = m.span(1)
    return Candidate(s, e, WEA, score, "weapon")


def _one_name(inner: str) -> bool:
    """A quoted model is a short name (at most three words, no edge space, no sentence)."""
    return inner == inner.strip() and 0 < len(inner.split()) <= 3 and "," not in inner


def _extend(ctx: Context, end: int, definite: bool) -> tuple[int, bool]:
    """The end of the weapon phrase ending at `end` after its classifying qualifiers, and
    whether a nisba closes it."""
    nisba = ctx.lexicon.nisba
    for _ in range(_MAX_WORDS):
        code = _LATIN.match(ctx.text, end) or _ARABIC_CODE.match(ctx.text, end)
        if code is not None:
            end = code.end(1)
            continue
        word = ctx.word_at(end)
        if word is None:
            break
        if word[2] in _ADJECTIVES or (
            word[2] in _MADDA_ADJECTIVES
            and ctx.raw_char(word[0]) == "\N{ARABIC LETTER ALEF WITH MADDA ABOVE}"
        ):
            end = word[1]
            continue
        if word[2] in nisba and is_definite(word[2]) == definite:
            return word[1], True  # the nisba closes the phrase (صواريخ إيرانية | الصنع)
        nxt = ctx.word_at(word[1])
        if nxt is None:
            break
        two = f"{word[2]} {nxt[2]}"
        if two in _PHRASES:
            end = nxt[1]
            continue
        third = ctx.word_at(nxt[1])
        if third is not None and f"{two} {third[2]}" in _PHRASES:
            end = third[1]
            continue
        break
    return end, False
