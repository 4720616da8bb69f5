"""Other senses of the generated trigger forms: the word is in the lexicon, the context says
it names no event here.

Every rule holds for all the forms of its lemma (`paradigm_keys`), so a rule on a verb covers
its persons and numbers: a hospital receiving casualties (استقبل المستشفى الجرحى), a country
leaving a body (انسحبت من "إيكواس"), firemen mastering a fire (سيطرت على الحريق), a town
regaining calm (استعادت المدينة الهدوء), people searching (يبحثون عن مأوى), a court hearing
(جلسة المحاكمة), a noun in ة that spells like a verb with its pronoun (إضافة ≠ أضافه).
"""

from __future__ import annotations

from typing import Final

from annotate.preannotate.labels import (
    EVENT_ACCUSE,
    EVENT_ATTACK,
    EVENT_CONTROL,
    EVENT_DIE,
    EVENT_DISARM,
    EVENT_INJURE,
    EVENT_MEET,
    EVENT_WITHDRAW,
)
from annotate.preannotate.lexicon import norm_key
from annotate.preannotate.spans import Context, TriggerCandidate
from annotate.preannotate.trigger_forms import verb_forms


def paradigm_keys(*lemmas: str) -> frozenset[str]:
    """The matching keys of every form of the verbs `past/present` (trigger_forms.py): a
    context rule on a verb holds for all its persons (نحمّل X المسؤولية like حمّل)."""
    return frozenset(norm_key(f.text) for lemma in lemmas for f in verb_forms(lemma))


def clause_words(ctx: Context, pos: int, limit: int) -> list[str]:
    """Up to `limit` words (and marks) after `pos`, stopping at the end of the sentence."""
    words: list[str] = []
    for _ in range(limit):
        word = ctx.word_at(pos)
        if word is None or word[2] in (".", ";"):
            break
        pos = word[1]
        words.append(word[2])
    return words


_MARBUTA: Final = "\N{ARABIC LETTER TEH MARBUTA}"
_RECEIVED: Final = paradigm_keys("استقبل/يستقبل")
_RECEIVED_PEOPLE: Final = frozenset(
    [
        *("عشرات", "ميات", "الاف", "جرحي", "الجرحي", "مصابين", "المصابين", "قتلي", "القتلي"),
        *("جثث", "الجثث", "لاجيين", "اللاجيين", "نازحين", "النازحين", "مرضي", "المرضي"),
    ]
)
# Leaving an agreement, a body or a process (انسحبت من الاتفاق، من "إيكواس"، من المفاوضات) is
# no withdrawal of forces.
_BODIES: Final = frozenset(
    [
        *("اتفاق", "الاتفاق", "اتفاقيه", "الاتفاقيه", "معاهده", "المعاهده", "مبادره"),
        *("المبادره", "منظمه", "المنظمه", "مجموعه", "المجموعه", "الاتحاد", "اتحاد", "التحالف"),
        *("تحالف", "عضويه", "المحادثات", "المفاوضات", "الانتخابات", "السباق", "الحكومه"),
        *("الجامعه", "المجلس", "الميثاق", "اللجنه", "الحوار", "العمليه", "الصفقه", "صفقه"),
    ]
)
# كتب is a post only with its platform or account (كتب على حسابه، في تغريدة) or a colon.
_WROTE: Final = paradigm_keys("كتب/يكتب")
_CHANNELS: Final = (
    *("منصه", "حساب", "صفحه", "تغريده", "منشور", "تدوينه", "رساله", "موقع"),
    *("اكس", "تويتر", "فيسبوك", "تلغرام", "تليغرام"),
)
# توفي بالتزاماتها: she fulfils her obligations (تُوفي), not he died (تُوفّي).
_FULFILLED: Final = ("بالتزام", "بتعهد", "بوعود", "بوعد", "بما")
# An estimate states a figure or a claim (يقدّر X أن …، يقدّر عددهم بـ ٥٠٠); يقدّر الجهود is
# appreciation.
_ESTIMATE: Final = paradigm_keys("قدر/يقدر")
_CLAIMED: Final = frozenset(["ان", "عدد", "عددهم", "عددها"])
# A session (جلسة) is a meeting of a council or of negotiators, not a court's hearing
# (جلسة المحاكمة، جلسة النطق بالحكم، جلسة استماع).
_SESSION: Final = frozenset(["جلسه", "الجلسه", "جلسات", "الجلسات"])
_HEARING: Final = frozenset(
    [
        *("محاكمه", "المحاكمه", "النطق", "الحكم", "المحكمه", "استماع", "الاستماع"),
        *("الاستيناف", "استيناف", "التحقيق", "تحقيق", "محاكمته", "محاكمتهم", "محاكمتها"),
    ]
)
# A briefing (إحاطة) is the statement of a briefer; in جلسة إحاطة it names the session and in
# إحاطة علماً (taking note) it is no statement.
_BRIEFING: Final = frozenset(["احاطه", "الاحاطه"])
# Objects of a restored abstract state, not of a place: استعادة الثقة، استعادت المدينة الهدوء.
ABSTRACT: Final = frozenset(
    [
        *("الثقه", "النظام", "الهدوء", "الاستقرار", "الامن", "الحياه", "العلاقات", "الخدمات"),
        *("الاموال", "التوازن", "المبادره", "الزخم", "الكهرباء", "الاتصالات", "السياده"),
    ]
)
_REGAINED: Final = paradigm_keys("استعاد/يستعيد")
# سيطر على الوضع، السيطرة على الحريق، الوضع تحت السيطرة: mastering a situation, not ground.
_CONTROLLED: Final = paradigm_keys("سيطر/يسيطر") | {
    "سيطره",
    "السيطره",
    "سيطرتها",
    "سيطرته",
    "سيطرتهم",
}
_SITUATIONS: Final = frozenset(
    [
        *("الوضع", "الاوضاع", "الحريق", "الحرايق", "النيران", "النار", "الامور", "الموقف"),
        *("التضخم", "الاسعار", "الازمه", "الوباء", "الفيروس", "المرض", "الفيضانات"),
    ]
)
_MOODS: Final = frozenset(
    [
        *("حاله", "اجواء", "الهدوء", "هدوء", "الفوضي", "فوضي", "الذعر", "ذعر", "المخاوف"),
        *("مخاوف", "القلق", "قلق", "الصمت", "صمت", "الترقب", "ترقب", "حالات"),
    ]
)
_SEARCHED: Final = paradigm_keys("بحث/يبحث")
_LEFT: Final = paradigm_keys("غادر/يغادر")
_CHARGES: Final = frozenset(["تهم", "التهم"])
_THROWN: Final = paradigm_keys("ألقى/يلقي")
_WEAPONS: Final = ("سلاح", "اسلحت", "اسلحه", "بنادق", "عتاد")
_PASSED: Final = paradigm_keys("قضى/-")
_DEATH_CAUSES: Final = (
    *("برصاص", "جراء", "متاثر", "نحب", "بقصف", "بانفجار", "بغاره", "بضربه", "غرقا"),
    *("اثر", "تحت", "بنيران", "بطلق", "قتلا", "اعداما", "شنقا"),
)
_DOWNED: Final = paradigm_keys("أسقط/-")
_AIRCRAFT: Final = (
    *("طايره", "الطايره", "طايرات", "الطايرات", "مسيره", "مسيرات", "المسيره", "المسيرات"),
    *("مروحيه", "المروحيه", "صاروخ", "صواريخ", "الصاروخ", "الصواريخ", "مقاتله", "درون"),
)
_TROOPS: Final = frozenset(
    [
        *("قوات", "قواته", "قواتها", "قواتهم", "جنود", "جندي", "جنديا", "الجنود", "عسكريين"),
        *("عسكريا", "وحدات", "القوات", "الوحدات", "قافله", "الرتل", "رتل", "كتيبه", "لواء"),
        *("عناصر", "مقاتلين", "مقاتلو", "مقاتلي", "المقاتلين", "قوه", "البعثه", "بعثه"),
    ]
)
_CONFRONTATION: Final = frozenset(["مواجهه", "المواجهه", "مواجهتين", "مواجهتان"])
_ARMED: Final = frozenset(["المسلحه", "العسكريه", "المباشره", "الداميه", "العنيفه", "الشامله"])
# A joint statement is an agreement when signed (وقّع القادة على بيان مشترك), a statement when
# issued (حثّت الدولتان في بيان مشترك).
JOINT_STATEMENT: Final = frozenset(["بيان مشترك", "البيان المشترك"])
_SIGNING: Final = paradigm_keys("وقع/يوقع") | {"توقيع", "التوقيع"}
# a formal protest handed to an envoy (سلّمه احتجاجاً شديد اللهجة، قدّمت احتجاجاً رسمياً);
# احتجاجاً على is "in protest at" and a protest in the street is none
_PROTEST: Final = frozenset(["احتجاجا"])
_FORMAL: Final = ("شديد", "رسمي")
_DELIVERED: Final = ("سلم", "تسليم", "لتسليم", "ابلغ", "قدم", "تقديم", "نقل", "وجه", "توجيه")
# the genitive of a name's head, not a fight: جريمة حرب، وزير الحرب، أسرى الحرب
_WAR_HEADS: Final = frozenset(
    ["جريمه", "جرايم", "وزير", "وزيره", "وزاره", "مجرم", "مجرمي", "مجرمو", "اسري"]
)


def other_sense(ctx: Context, cand: TriggerCandidate) -> bool:
    """Does the context give the trigger word `cand` a sense that names no event?"""
    etype = cand.event_type
    key = cand.key
    if ctx.lexicon.triggers[key].pronoun and ctx.raw_char(cand.end - 1) == _MARBUTA:
        return True  # إضافة، إشارة: a noun in ة, not أضافه، أشاره with their pronoun
    after = ctx.word_at(cand.end)
    next_word = after[2] if after is not None else ""
    if key in _PROTEST:
        before = ctx.word_before(cand.start - len(cand.prefix))
        word = before[2] if before is not None else ""
        handed = word.startswith(_DELIVERED) or word[1:].startswith(_DELIVERED)
        return not (handed or next_word.startswith(_FORMAL))
    if etype is EVENT_ATTACK and cand.prefix in ("", "ال"):
        before = ctx.word_before(cand.start - len(cand.prefix))
        word = before[2] if before is not None else ""
        if word in _WAR_HEADS or (word[:1] in ("و", "ل", "ب", "ف") and word[1:] in _WAR_HEADS):
            return True
    if etype is EVENT_INJURE and key.endswith(("اصابه", "اصابات")):
        return next_word.startswith("مباشر")  # إصابة مباشرة: a direct hit on a target
    if etype is EVENT_ATTACK and key in _DOWNED:
        # أسقط طائرة مسيّرة: shooting down; أسقط النظام، أسقط التهم are no attack
        return not any(w.startswith(_AIRCRAFT) for w in clause_words(ctx, cand.end, 5))
    if etype is EVENT_DISARM and key in _THROWN:
        words = clause_words(ctx, cand.end, 5)
        return not any(w[i:].startswith(_WEAPONS) for w in words for i in (0, 1, 2))
    if etype is EVENT_ACCUSE and key in _CHARGES:
        return not (cand.prefix.endswith("ب") or next_word.startswith(("الموجهه", "المنسوبه")))
    if etype is EVENT_DIE and key in _PASSED:
        words = clause_words(ctx, cand.end, 4)
        return not any(w.startswith(_DEATH_CAUSES) for w in words)
    if etype is EVENT_WITHDRAW and (key in _LEFT or "خروج" in key):
        return not _troops_near(ctx, cand)
    if etype is EVENT_WITHDRAW:
        return _from_a_body(ctx, cand.end)
    if etype is EVENT_ATTACK and (key in _CONFRONTATION or key.startswith("مواجهت")):
        return _facing(ctx, cand, next_word)
    if etype is EVENT_MEET and key in _RECEIVED:
        words = clause_words(ctx, cand.end, 5)
        return any(w in _RECEIVED_PEOPLE or w[:1].isdigit() for w in words)
    if etype is EVENT_MEET and key in _SEARCHED:
        return "عن" in clause_words(ctx, cand.end, 3)
    if key in _WROTE:
        words = clause_words(ctx, cand.end, 8)
        return not any(
            w == ":" or any(w[i:].startswith(_CHANNELS) for i in (0, 1, 2)) for w in words
        )
    if etype is EVENT_DIE and key == "توفي":
        return next_word.startswith(_FULFILLED)
    if key in _ESTIMATE:
        words = clause_words(ctx, cand.end, 10)
        return not any(w in _CLAIMED or w[:1].isdigit() for w in words)
    if key in _SESSION:
        return next_word in _HEARING
    if key in _BRIEFING:
        before = ctx.word_before(cand.start - len(cand.prefix))
        return (before is not None and before[2] in _SESSION) or next_word.startswith("علم")
    if etype is EVENT_CONTROL and key in _REGAINED:
        # استعادت المدينة الهدوء، استعاد الجيش ثقة السكان
        return any(w in ABSTRACT or "ال" + w in ABSTRACT for w in clause_words(ctx, cand.end, 3))
    if etype is EVENT_CONTROL and key in _CONTROLLED:
        before = ctx.word_before(cand.start - len(cand.prefix))
        if key == "السيطره" and before is not None and before[2] == "تحت":
            return True  # الوضع تحت السيطرة; a town تحت سيطرة X has changed hands
        words = clause_words(ctx, cand.end, 3)
        if words and words[0] in _MOODS:
            return True  # سيطرت حالة من الهدوء على المدينة: a mood prevailed
        return len(words) >= 2 and words[0] == "علي" and words[1] in _SITUATIONS
    return False


def _troops_near(ctx: Context, cand: TriggerCandidate) -> bool:
    """Are forces named within a few words of the leaving verb (آخر الجنود يغادرون، غادرت
    القوات الفرنسية)?"""
    words = clause_words(ctx, cand.end, 5)
    pos = cand.start - len(cand.prefix)
    for _ in range(4):
        before = ctx.word_before(pos)
        if before is None or before[2] in (".", ",", ";"):
            break
        words.append(before[2])
        pos = before[0]
    return any(w.removeprefix("و").removeprefix("ال") in _TROOPS for w in words)


def _facing(ctx: Context, cand: TriggerCandidate, next_word: str) -> bool:
    """`لمواجهة الإرهاب`، `في مواجهة التحديات`، `لمواجهتها`: facing something, not a
    confrontation (المواجهة، في المواجهة مع، مواجهة مسلحة)."""
    if cand.key.startswith("ال"):
        return False
    if cand.prefix.endswith("ل"):
        return True
    before = ctx.word_before(cand.start - len(cand.prefix))
    if before is not None and before[2] in ("في", "وفي"):
        return True
    return next_word.startswith("ال") and next_word not in _ARMED


def _from_a_body(ctx: Context, pos: int) -> bool:
    """Is the withdrawal at `pos` one from an agreement, a body or a process?"""
    words = [w for w in clause_words(ctx, pos, 10) if w != '"']
    for i, word in enumerate(words[:-1]):
        if word == "من":
            return words[i + 1] in _BODIES
    return False


def signed(ctx: Context, start: int) -> bool:
    """Is there a signing word earlier in the sentence of `start`?"""
    sentence = ctx.text[ctx.text.rfind(".", 0, start) + 1 : start]
    for word in sentence.split()[-25:]:
        if word in _SIGNING or (word[:1] in ("و", "ف") and word[1:] in _SIGNING):
            return True
    return False
