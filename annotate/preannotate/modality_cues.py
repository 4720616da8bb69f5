"""The governors of a trigger's modality in its clause: a request (`دعا … إلى`), a condition
(`إذا`, `لو`, `ما لم`), a threat (`هدد ب`), an aim or a possibility (`بهدف`, `قد` + imperfect),
a proposal (`اقتراح`, `خطة`), a future verb or an intention (`سيواصل`, `لن`, `تعتزم`),
and agreeing on or providing for an action (`اتفقا على`, `ينص على`). The nearest governor
in the clause decides (see `governor`); the clause itself comes from `clause_cues`.
"""

from __future__ import annotations

from typing import Final

from annotate.preannotate.clause_cues import (
    CARRIERS,
    EXCEPT_AFTER,
    INTENDS,
    UNTIL,
    bare,
    is_in,
)
from annotate.preannotate.labels import (
    MODALITY_FUTURE,
    MODALITY_HYPOTHETICAL,
    MODALITY_PROPOSED,
    MODALITY_REQUESTED,
)
from annotate.schema import Modality

REQUESTS: Final = frozenset(
    [
        *("دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "ندعو", "داعيا", "داعيه", "دعتا"),
        *("دعاه", "دعاها", "دعاهما", "دعاهم", "دعتها", "دعتهما", "دعتهم", "دعيا"),
        *("دعوه", "دعوات", "الدعوه", "الدعوات", "بدعوه"),
        *("حث", "حثت", "يحث", "تحث", "حاثا", "حثه", "حثها", "حثهما", "حثهم", "حثتهما"),
        *("طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "يطالبون", "نطالب", "مطالبا"),
        *("مطالبه", "مطالبين", "طالبتم", "طالبها", "طالبه", "طالبهما"),
        *("ناشد", "ناشدت", "يناشد", "تناشد", "مناشدا", "مناشده"),
        *("طلب", "طلبت", "يطلب", "تطلب", "طالبا", "ضروره", "بضروره"),
    ]
)
# What links a request to its content: دعا … إلى، حث … على، طالب … ب، طلب … من … ل.
REQUEST_LINKS: Final = frozenset(["الي", "علي", "بان", "ب", "ل"])
# Stopping an event presupposes it goes on (تكف إسرائيل عن ضرباتها، لن توقف عمليتها).
_CEASE: Final = frozenset(
    [
        *("تكف", "يكف", "تكفوا", "يكفوا", "الكف", "بالكف", "تتوقف", "يتوقف", "توقف"),
        *("يوقف", "توقفت", "ايقاف", "بايقاف", "لايقاف", "وقف", "بوقف", "لوقف"),
    ]
)
_CEASEFIRE: Final = frozenset(
    [
        *("اطلاق", "لاطلاق", "النار", "القتال", "الاعمال", "للاعمال", "الاشتباكات", "العداييه"),
        *("الفوري", "فوري", "دايم", "شامل", "التام", "الكامل", "العدوان", "الحرب", "للحرب"),
    ]
)
# Needs take their content in construct (ضرورة وقف الاشتباكات).
_NEED: Final = frozenset(["ضروره", "بضروره"])
# Aims in the present: a verb of aiming right before an event noun (تستهدف نزع السلاح).
_AIMING: Final = frozenset(["تستهدف", "يستهدف", "تهدف", "يهدف", "الهادفه", "الهادف"])
# A request to look into, or to answer for, an event presupposes that it happened
# (دعت إلى التحقيق في مقتل مدنيين).
_PRESUPPOSE: Final = frozenset(
    [
        *("التحقيق", "بالتحقيق", "تحقيق", "بتحقيق", "محاسبه", "بمحاسبه", "المحاسبه"),
        *("ادانه", "بادانه", "محاكمه", "بمحاكمه", "المسوولين", "مرتكبي", "تعويض"),
    ]
)
# Requests whose object is an existing agreement ask to keep it, not to make it
# (تدعو إلى تنفيذ اتفاق بروكسل، شدد على ضرورة الحفاظ على الهدنة).
KEEP: Final = frozenset(
    [
        *("تنفيذ", "بتنفيذ", "لتنفيذ", "العوده", "بالعوده", "الالتزام", "بالالتزام"),
        *("الحفاظ", "بالحفاظ", "احترام", "باحترام", "لاحترام", "تطبيق", "بتطبيق"),
        *("بموجب", "وفق", "وفقا", "تمديد", "بتمديد"),
    ]
)
CONDITIONS: Final = frozenset(
    [
        # (not لولا: "but for X" asserts X, and it is also Lula, لولا دا سيلفا)
        *("اذا", "لو", "حال", "مهما", "هل", "اشترط", "اشترطت", "مشترطا", "مشترطه"),
        *("يشترط", "تشترط", "بشرط", "شريطه", "لنفترض", "نفترض", "افترضنا", "يفترض"),
        EXCEPT_AFTER,
    ]
)
THREATS: Final = frozenset(
    [
        *("هدد", "هددت", "هددوا", "يهدد", "تهدد", "يهددون", "مهددا", "مهدده", "مهددين"),
        *("توعد", "توعدت", "يتوعد", "تتوعد", "متوعدا", "متوعده", "لوح", "يلوح", "تلوح"),
    ]
)
AIMS: Final = frozenset(
    [
        *("بهدف", "سعيا", "قصدها", "قصده", "هدفها", "هدفه", "استعداد", "استعداده"),
        *("استعدادها", "استعدادهم", "استعدادهما", "مستعد", "مستعده", "مستعدون", "مستعدين"),
        *("نامل", "يامل", "تامل", "املها", "امله", "املهم", "املا", "امال", "امكانيه"),
        *("ربما", "يمكن", "يمكنه", "محتمل", "احتمال", "ممكن", "سبل", "تتناول", "يتناول"),
        *("يريد", "تريد", "يريدون", "نريد", "يرغب", "ترغب", "يرغبون", "لتجنيب"),
        *("لعل", "الارجح", "يرجح", "ترجح", "السيناريوهات", "سيناريو"),
    ]
)
PROPOSALS: Final = frozenset(
    [
        *("اقتراح", "اقترح", "اقترحت", "اقترحوا", "يقترح", "تقترح", "مقترح", "المقترح"),
        *("بمقترح", "خطه", "الخطه", "بخطه", "لخطه", "مبادره", "المبادره", "مسوده"),
    ]
)
# Agreeing on an action, or a deal that provides for it, puts the action in the future
# (اتفقا على عقد اجتماع؛ ينص الاتفاق على انسحاب).
AGREE_ON: Final = frozenset(
    [
        *("اتفق", "اتفقا", "اتفقت", "اتفقوا", "اتفقتا", "يتفق", "يتفقان", "تتفقان"),
        *("ينص", "تنص", "نص", "نصت", "ينصان", "يقضي", "تقضي", "تضمن", "يتضمن", "تتضمن"),
    ]
)
TERMS: Final = frozenset(["ينص", "تنص", "نص", "نصت", "ينصان", "يقضي", "تقضي", "يتضمن", "تتضمن"])
EXPECT: Final = frozenset(
    [
        *("متوقعا", "متوقعه", "المتوقع", "يرتقب", "المرتقب"),
        *("المقرر", "مقرر", "المزمع", "مزمع"),
    ]
)
_SCHEDULED: Final = frozenset(["المقرر", "مقرر"])
# Future words after a nominal trigger (مفاوضات مرتقبة، الجولة المقبلة).
FUTURE_AFTER: Final = frozenset(
    [
        *("المقبل", "المقبله", "المقبلين", "القادم", "القادمه", "مرتقبه", "المرتقبه"),
        *("مرتقب", "المرتقب", "غدا", "المقرره"),
    ]
)
# Words that look like س + an imperfect but are not (سيارة، سياسة، سيطرة، ستة، سنة).
_NOT_SA: Final = (
    *("سيار", "سياس", "سيطر", "سياد", "ستين", "ستون", "سته", "سنه", "سنوي", "سنوات", "سنت"),
    *("سيد", "سير", "ستار", "سيف", "سينا", "سيول", "سنغ", "سيب", "ستوك", "سيم", "سين"),
    # foreign names (سيرغي، ستيفن، سيلفا، سيكورسكي، ستولتنبرغ)
    *("ستيف", "ستول", "سيلف", "سيكور", "ستان", "سنود"),
)


def future_verb(word: str) -> bool:
    """Whether `word` is س + an imperfect verb (ستواصل، سيوقعان، سنستعيد)."""
    w = bare(word)
    if len(w) < 4 or w[0] != "س" or w[1] not in "يتن":
        return False
    return not w.startswith(_NOT_SA)


# A condition after the event (لن يسلّموا سلاحهم إلا بعد انسحاب الجيش، لن نطلق رصاصة إلا إذا
# تعرضنا لهجوم، قد لا يطلق صاروخاً ما لم …): the event hangs on it.
_CONDITIONS_AFTER: Final = frozenset([("الا", "اذا"), ("الا", "بعد"), ("ما", "لم")])
_CONDITION_REACH: Final = 6  # words after the trigger: its object, a short adjunct


def condition_after(right: list[str]) -> bool:
    """Whether a condition (`إلا إذا`, `إلا بعد`, `ما لم`) follows the trigger in its clause."""
    for n in range(min(len(right), _CONDITION_REACH) - 1):
        if (right[n], right[n + 1]) in _CONDITIONS_AFTER:
            return True
    return False


def _linked(between: list[str], prefix: str) -> bool:
    """Whether a request or threat reaches the trigger through إلى / على / ب / ل."""
    if "ب" in prefix or "ل" in prefix:
        return True
    return any(
        w in REQUEST_LINKS or w.startswith(("بال", "لل")) or (w[0] in "بل" and w[1:] in CARRIERS)
        for w in between
    )


def is_imperfect(word: str) -> bool:
    """Whether `word` reads as an imperfect verb (يجر، تسحب) rather than a perfect (تعرضت)."""
    w = bare(word)
    if w[:1] == "ي":
        return True
    return w[:1] in ("ت", "ن") and not w.endswith(("ت", "وا", "ا"))


def governor(
    left: list[str], trigger: str, prefix: str, agreement: bool, can_request: bool, nominal: bool
) -> Modality | None:
    """The modality set by the nearest governor in the trigger's clause `left`, or None.

    `trigger` is the trigger's first word and `prefix` its proclitic run; `agreement` says
    the trigger is an Agreement (agreeing on one is not its future; asking to keep one, or
    a draft of one, does not change its modality); `nominal` that it is no finite verb (a
    future verb before it governs it as its object).
    """
    n = len(left)
    for i in range(n - 1, -1, -1):
        w = left[i]
        b = bare(w)
        dist = n - 1 - i
        if w not in _CUES and b not in _CUES and not (nominal and dist <= 1):
            continue  # (most words govern nothing: skip them before the set tests)
        between = left[i + 1 :]
        if agreement and is_in(w, KEEP):
            return None  # an existing agreement: keep, implement, extend it
        if dist == 0 and b in _UNTIL:
            return MODALITY_HYPOTHETICAL  # حتى وقف العدوان، إلى حين سحب قواتها: not yet
        # (is_in, not bare: فرصة and وسيلة start with the letters of a conjunction)
        if dist == 0 and is_in(w, _PURPOSE_HEADS) and "ل" in prefix:
            return MODALITY_HYPOTHETICAL  # آلية لتسليم السلاح، عذر للاعتداء: what it is for
        if b == "ان" and dist <= 1 and i >= 2 and left[i - 1] == "من" and _warned(left, i - 1):
            return MODALITY_HYPOTHETICAL  # محذراً من أن انسحاب القوات …، من أن استمرار الغارات …
        if b == "ان" and dist <= 1 and i >= 1 and left[i - 1] == "علي":
            return MODALITY_FUTURE  # a term of a deal: …، على أن تُستأنف المفاوضات
        if b == "لن" and dist == 0:
            return MODALITY_FUTURE
        if b == "سوف" and dist <= 1:
            return MODALITY_FUTURE
        if nominal and dist <= 1 and (w == "رح" or future_verb(w)):  # (راح: went)
            return MODALITY_FUTURE
        # (من المقرر أن; but المقرر الخاص is a rapporteur)
        scheduled = b not in _SCHEDULED or (i > 0 and left[i - 1] == "من")
        if is_in(w, INTENDS) or (is_in(w, EXPECT) and dist <= 3 and scheduled):
            return MODALITY_FUTURE
        if b == "قد" and dist <= 3:
            nxt = left[i + 1] if i + 1 < n else trigger
            # قد + imperfect is a possibility; قد + perfect asserts (and ends the scan).
            return MODALITY_HYPOTHETICAL if is_imperfect(nxt) else None
        if is_in(w, _PRESUPPOSE):
            return None
        if is_in(w, _CEASE) and not (between and between[0] in _CEASEFIRE):
            return None  # (وقف إطلاق النار والعودة إلى المفاوضات: a ceasefire, not a stop)
        if is_in(w, REQUESTS):
            if not can_request:
                return None
            if not _linked(between, prefix) and not (dist == 0 and is_in(w, _NEED)):
                continue
            return MODALITY_REQUESTED
        if i == 0 and b == "علي" and n >= 3 and left[-1] == "ان" and can_request:
            return MODALITY_REQUESTED  # على تركيا أن تسحب قواتها: an obligation
        if b == "لم" and i > 0 and bare(left[i - 1]) == "ما":
            return MODALITY_HYPOTHETICAL  # ما لم: unless
        if dist <= 1 and is_in(w, _AIMING):
            return MODALITY_HYPOTHETICAL  # عملية تستهدف نزع سلاحهم
        if is_in(w, AGREE_ON) and "علي" in between:
            if not agreement:
                return MODALITY_FUTURE
            return None
        if b == "اذا" and i > 0 and bare(left[i - 1]) == "ما":
            # ما إذا: whether; the event it asks about (ما إذا كانت X ستسحب قواتها، ما إذا
            # كانت المواجهة ستقع) is open, one beside it (ما إذا دُفعت فدية مقابل إطلاق
            # سراحهم) is not
            return MODALITY_HYPOTHETICAL if _WAS & set(between) else None
        if is_in(w, THREATS):
            if _linked(between, prefix) or any(x[0] == "ب" for x in between):
                return MODALITY_HYPOTHETICAL
            return None  # يهدد التصعيد اتفاق السلام: endangers, does not threaten with
        if is_in(w, CONDITIONS) or is_in(w, AIMS):
            return MODALITY_HYPOTHETICAL
        if is_in(w, PROPOSALS):
            return None if agreement else MODALITY_PROPOSED
    return None


_WAS: Final = frozenset(["كان", "كانت", "كانوا", "كانا", "كانتا"])
# An event awaited (العمليات ستستمر حتى وقف العدوان، إلى حين سحب قواتها).
_UNTIL: Final = frozenset(["حتي", "ريثما", UNTIL])
# Nouns of what an event would be for or by (آلية لتسليم السلاح، منصة للاعتداء، ذريعة للهجوم).
_PURPOSE_HEADS: Final = frozenset(
    ["اليه", "اليات", "منصه", "عذر", "ذريعه", "مبرر", "مبررا", "فرصه", "وسيله"]
)


# Warning verbs: the event that opens what they warn of is not (yet) real (حذّر من أن انسحاب
# القوات سيمنح المسلحين فرصة).
_WARNS: Final = frozenset(
    [
        *("حذر", "حذرت", "حذروا", "يحذر", "تحذر", "يحذرون", "محذرا", "محذره", "محذرين"),
        *("تحذير", "التحذير", "تحذيرا", "محذرتين", "حذرا"),
    ]
)


_WARNED_SUBJECT: Final = 2  # words between the warning verb and its من (حذّر المبعوث الأممي من أن)


def _warned(left: list[str], min_: int) -> bool:
    """Whether a warning verb stands before the word at `min_` (its من), its subject between."""
    return any(is_in(w, _WARNS) for w in left[max(0, min_ - 1 - _WARNED_SUBJECT) : min_])


# Every word the scan in `governor` reacts to, besides a future verb right before a noun.
_CUES: Final = frozenset(
    [
        *REQUESTS,
        *KEEP,
        *CONDITIONS,
        *THREATS,
        *AIMS,
        *PROPOSALS,
        *AGREE_ON,
        *EXPECT,
        *INTENDS,
        *_CEASE,
        *_PRESUPPOSE,
        *_AIMING,
        *("لن", "سوف", "قد", "لم", "علي", "اذا", "رح", "ان"),
        *_UNTIL,
        *_PURPOSE_HEADS,
    ]
)
