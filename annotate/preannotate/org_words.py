"""The vocabulary that extends a head into a name: institutional, facility and military
adjectives, nisbas formed on known places, bare anaphora that name no one, and the
ORG subtype a name's words imply.
"""

from __future__ import annotations

from typing import Final

from annotate.preannotate.gazetteer import ENTITY
from annotate.preannotate.labels import (
    GPE,
    ORG,
    SUBTYPE_MEDIA,
    SUBTYPE_MIL_STATE,
    SUBTYPE_NONSTATE_ARMED,
    SUBTYPE_OTHER,
)
from annotate.preannotate.spans import Context, is_definite
from annotate.schema import OrgSubtype

ADJECTIVES: Final = frozenset(
    [
        *[
            "المسلحه",
            "المركزيه",
            "الانفصاليه",
            "الخاصه",
            "الجويه",
            "البحريه",
            "البريه",
            "الشعبيه",
            "النظاميه",
            "المحليه",
        ],
        *[
            "الوطنيه",
            "الاتحاديه",
            "العامه",
            "العليا",
            "الدوليه",
            "الامميه",
            "الاقليميه",
            "الرياسيه",
            "الحكوميه",
            "المعلنه",
        ],
        *[
            "المسلح",
            "المركزي",
            "الانفصالي",
            "الخاص",
            "الجوي",
            "البحري",
            "البري",
            "الشعبي",
            "النظامي",
            "المحلي",
            "الوطني",
        ],
        *[
            "الاتحادي",
            "العام",
            "الاعلي",
            "الدولي",
            "الاممي",
            "الاقليمي",
            "الرياسي",
            "الحكومي",
            "المشتركه",
            "المشترك",
            "الحوثيه",
        ],
        *[
            "مسلحه",
            "مركزيه",
            "انفصاليه",
            "خاصه",
            "جويه",
            "نظاميه",
            "محليه",
            "وطنيه",
            "دوليه",
            "مشتركه",
        ],
        # transitional and revolutionary bodies, and ordinal unit numbers (الفرقة الرابعة)
        *["الانتقالي", "الانتقاليه", "الثوري", "الثوريه", "الجمهوري", "التنفيذي", "التنفيذيه"],
        # interim, security and official bodies: قوة الأمم المتحدة المؤقتة، اللجنة الأمنية
        # المشتركة، التلفزيون الرسمي، الطيران الحربي
        *["الموقت", "الموقته", "الامني", "الامنيه", "الرسمي", "الرسميه", "الحربي"],
        # royal, democratic and federal bodies: القوات المسلحة الملكية، الحكومة الفيدرالية
        *["الملكي", "الملكيه", "الديمقراطي", "الديمقراطيه", "الفيدرالي", "الفيدراليه"],
        *["الديموقراطي", "الديموقراطيه"],
        *["الفدرالي", "الفدراليه", "الموحد", "الموحده", "السامي", "الساميه"],
        # national (لجنة الدولة للأمن القومي) and allied bodies (القوات المتحالفة)
        *["القومي", "القوميه", "المتحالف", "المتحالفه"],
        # free and independent movements: حركة X الحرة، الجيش الحر، التيار المستقل
        *["الحر", "الحره", "المستقل", "المستقله"],
        *["الاولي", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "السادسه", "السابعه"],
        *["الثامنه", "التاسعه", "العاشره", "الاول", "الثاني", "الثالث", "الرابع", "الخامس"],
    ]
)


# Military units named by a number or an ordinal (الكتيبة 542، الفرقة السادسة) and then by
# their arm of service, an indefinite noun that belongs to the name (الفرقة السادسة مشاة،
# اللواء 444 قتال، الفرقة الرابعة مدرعات).
UNIT_HEADS: Final = frozenset(
    [
        *["الفرقه", "فرقه", "الكتيبه", "كتيبه", "لواء", "الفوج", "فوج", "الفيلق", "فيلق"],
        *["السريه", "المجموعه"],
    ]
)
ORDINALS: Final = frozenset(
    [
        *["الاولي", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "السادسه", "السابعه"],
        *["الثامنه", "التاسعه", "العاشره", "الاول", "الثاني", "الثالث", "الرابع", "الخامس"],
        *["السادس", "السابع", "الثامن", "التاسع", "العاشر"],
    ]
)
ARMS: Final = frozenset(
    [
        *["مشاه", "مدرعه", "مدرع", "مدرعات", "ميكانيكيه", "ميكانيكي", "مدفعيه", "قتال"],
        *["مظلات", "صاعقه", "مغاوير", "دبابات", "حرس", "استطلاع"],
    ]
)


# The nouns a gap or a need is named by: after them سد is the verbal noun "filling, closing"
# (سد العجز، سد عجز التمويل، سد الفجوات، سد الطريق أمام), never a dam.
GAPS: Final = frozenset(
    [
        *["عجز", "فجوه", "فجوات", "ثغره", "ثغرات", "فراغ", "نقص", "حاجه", "حاجات"],
        *["احتياجات", "ذرايع", "طريق", "منافذ", "شواغر", "نواقص"],
    ]
)


# Adjectives of installations (معبر باب الهوى الحدودي، سجن صيدنايا العسكري، حقل العمر النفطي).
FACILITY_ADJECTIVES: Final = frozenset(
    [
        *["الحدودي", "الحدوديه", "العسكري", "العسكريه", "النفطي", "النفطيه", "الغازي"],
        *["التجاري", "التجاريه", "الرييسي", "الرييسيه", "الجامعي", "المدني", "المركزي"],
        *["التعليمي", "الميداني", "العام"],  # a teaching, field or general hospital
        *["الاداري", "الكبير"],  # خط التماس الإداري، سد النهضة الكبير
    ]
)


# A council or a court is a body when military (المجلس العسكري، المحكمة العسكرية); military
# units (الوحدات العسكرية) are a description.
MILITARY: Final = frozenset(["العسكري", "العسكريه"])


COUNCILS: Final = frozenset(["مجلس", "لجنه", "محكمه"])


# The indefinite heads of armed groups and movements (فصيل، حركة، فصائل written فصايل …) and
# the adjectives that describe such a group without naming it (منشق، انفصالية، مسلحة).
GROUP_HEADS: Final = frozenset(
    ["فصيل", "فصايل", "حركه", "جماعه", "جماعات", "تنظيم", "ميليشيا", "ميليشيات", "جبهه"]
)
GROUP_ADJECTIVES: Final = frozenset(
    f"{stem}{end}"
    for stem in ("منشق", "متمرد", "مسلح", "انفصالي", "متشدد", "جهادي", "معارض", "موال")
    for end in ("", "ه", "ين", "ون")
)


_ARMED_CUES: Final = ("انفصال", "متمرد", "ميليشي")


# Bare anaphora never qualify a head (قوات البلدين): they name no one.
ANAPHORA: Final = frozenset(
    [
        *["البلدين", "البلدان", "الجانبين", "الجانبان", "الطرفين", "الطرفان", "البلاد"],
        # a body or a region named by its kind alone (حكومة الإقليم، قوات البعثة)
        *["الدولتين", "الاقليم", "البعثه", "الحركه", "الجماعه", "التنظيم", "الوزاره"],
        # the town of the story (مستشفى المدينة، سوق البلدة): no name
        *["المدينه", "البلده", "القريه"],
    ]
)


# Heads that after ب say who leads or chairs (بقيادة X، برئاسة X), never a body.
LED_BY: Final = frozenset(["قياده", "رياسه"])


def chairmanship(ctx: Context, key: str, end: int, ends: dict[int, int]) -> bool:
    """Is the indefinite رئاسة ending at `end` the chair of the body named right after it
    (تتولى رئاسة رابطة دول X، رئاسة الاتحاد الأفريقي), not a presidency office?"""
    if key != "رياسه":
        return False
    word = ctx.word_at(end)
    if word is None or word[0] != end + 1:
        return False
    if word[0] in ends:
        return True  # a headed name: رابطة دول جنوب شرق آسيا
    hit = ctx.hit_in_word(word[0], ENTITY)
    if hit is None or hit.prefix:
        return False
    entry = ctx.lexicon.gazetteer.get(hit.key)
    return entry is not None and entry.label is ORG


def implied_subtype(subtype: OrgSubtype | None, words: list[str]) -> OrgSubtype | None:
    if subtype is SUBTYPE_MIL_STATE and any(c in w for w in words[1:] for c in _ARMED_CUES):
        return SUBTYPE_NONSTATE_ARMED
    if subtype is SUBTYPE_MEDIA and not any("انباء" in w or '"' in w for w in words):
        return SUBTYPE_MEDIA if len(words) == 2 else SUBTYPE_OTHER
    return subtype


def modifier(ctx: Context, w: str) -> bool:
    """A nisba or institutional adjective, also coordinated (والأذرية)."""
    if w in ctx.lexicon.nisba or w in ADJECTIVES or place_nisba(ctx, w):
        return True
    return len(w) > 4 and w[0] == "و" and (w[1:] in ctx.lexicon.nisba or w[1:] in ADJECTIVES)


def place_nisba(ctx: Context, w: str) -> bool:
    """A definite nisba formed on a known country's name (الميانماري ← ميانمار، الباكستانية ←
    باكستان): the adjective of any place the gazetteer holds, not only the listed ones, and
    of a place in -a the document names (كاروندا ← الكاروندي)."""
    if not is_definite(w) or len(w) < 7:
        return False
    if w.endswith("يه"):
        base = w[2:-2]
    elif w.endswith("ي"):
        base = w[2:-1]
    else:
        return False
    gazetteer = ctx.lexicon.gazetteer
    # the nisba of a -stan country drops the suffix (القرغيزي ← قرغيزستان)
    for key in (base, "ال" + base, base + "ستان"):
        entry = gazetteer.get(key)
        if entry is not None and entry.label is GPE:
            return True
    return len(base) >= 4 and named_in(ctx.text, base + "ا")


def named_in(text: str, name: str) -> bool:
    """Does `text` write `name` as a word of its own (a place no lexicon holds whose nisba
    qualifies a body: كاروندا … الجيش الكاروندي)?"""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            return True
        at = text.find(name, end)
    return False
