"""Agreement kind and stage from the words around an Agreement trigger.

The kind comes from the trigger itself (اتفاق وقف إطلاق النار) or from what a generic
agreement word is about, named right after it (`اتفاق على وقف إطلاق النار`, `صفقة لتبادل
الأسرى`, `وافقت على إلقاء السلاح`, `اتفاق السلم والمصالحة`). The stage comes from the verbs
and participles that tell what became of the agreement: signed (`وقّع`, `الموقّع`),
entered into force (`دخل … حيز التنفيذ`, `بموجب`), holding (`ما يزال قائماً`, `تثبيت`),
violated (`خرق`, `لم تلتزم ب`), collapsed (`انهار`, `انسحابها من`), proposed (`مسودة`,
`مقترح`, `اقترحته`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from annotate.preannotate.clause_cues import bare, is_in
from annotate.preannotate.labels import (
    KIND_CEASEFIRE,
    KIND_DISARMAMENT,
    KIND_OTHER,
    KIND_PEACE_TREATY,
    KIND_PRISONER_EXCHANGE,
    MODALITY_PROPOSED,
    STAGE_AGREED,
    STAGE_COLLAPSED,
    STAGE_HOLDING,
    STAGE_IN_FORCE,
    STAGE_PROPOSED,
    STAGE_SIGNED,
    STAGE_VIOLATED,
)
from annotate.schema import AgreementKind, AgreementStage, Modality

_STOPPING: Final = frozenset(["وقف", "لوقف", "بوقف", "الوقف", "بالوقف", "للوقف"])
_STOPPED: Final = frozenset(
    [
        *("اطلاق", "لاطلاق", "النار", "القتال", "الاعمال", "للاعمال", "الاشتباكات"),
        *("العمليات", "الضربات", "الحرب", "للحرب", "العدوان", "الهجمات", "التام", "الكامل"),
        *("الفوري", "فوري", "دايم", "شامل", "جديد", "موقت"),
    ]
)
_TRUCE: Final = frozenset(["هدنه", "الهدنه", "بالهدنه", "لهدنه", "للهدنه"])
_PEACE: Final = frozenset(["سلام", "السلام", "للسلام", "بالسلام", "السلم", "للسلم", "سلميه"])
_EXCHANGE: Final = frozenset(
    ["تبادل", "لتبادل", "التبادل", "بتبادل", "الاسري", "بالاسري", "للاسري"]
)
_DISARM: Final = frozenset(["نزع", "لنزع", "بنزع", "القاء", "بالقاء", "لالقاء", "تسليم", "بتسليم"])
_TOPIC_LINKS: Final = frozenset(["علي", "بشان", "حول", "الي", "عن", "مقابل", "شروط", "بنود"])
_ARMS: Final = ("السلاح", "سلاح", "الاسلحه", "اسلحه", "اسلحت")


def agreement_kind(key: str, hints: Mapping[str, str], right: list[str]) -> AgreementKind:
    """The kind of an Agreement: its trigger's own words, else the first topic after it."""
    if "kind" in hints:
        return AgreementKind(hints["kind"])
    if "اطلاق" in key or "هدنه" in key:
        return KIND_CEASEFIRE
    if "سلام" in key:
        return KIND_PEACE_TREATY
    for n, word in enumerate(right):
        nxt = right[n + 1] if n + 1 < len(right) else ""
        # The topic is named right after the agreement word or through a preposition
        # (اتفاق على وقف، صفقة لتبادل، الخاصة بالأسرى), not as a later clause's word.
        if n >= 2 and right[n - 1] not in _TOPIC_LINKS and word[0] not in "لب":
            continue
        if (is_in(word, _STOPPING) and nxt in _STOPPED) or is_in(word, _TRUCE):
            return KIND_CEASEFIRE
        if is_in(word, _PEACE):
            return KIND_PEACE_TREATY
        if is_in(word, _EXCHANGE):
            return KIND_PRISONER_EXCHANGE
        if is_in(word, _DISARM) and nxt.startswith(_ARMS):
            return KIND_DISARMAMENT
    return KIND_OTHER


_COLLAPSE_BEFORE: Final = frozenset(["انهيار", "بانهيار", "لانهيار", "انهار", "انهارت"])
_COLLAPSE_AFTER: Final = frozenset(["انهار", "انهارت", "انهارا", "ينهار", "تنهار"])
_LEAVE: Final = ("انسحاب", "الانسحاب", "بالانسحاب", "خروج", "الخروج")
_VIOLATE: Final = frozenset(
    [
        *("خرق", "بخرق", "لخرق", "انتهاك", "بانتهاك", "لانتهاك", "خروقات", "انتهاكات"),
        *("خرقت", "خرقوا", "انتهكت", "انتهكوا", "تتعثر", "يتعثر", "تعثرت", "متعثره"),
    ]
)
_KEEP_TO: Final = frozenset(["تلتزم", "يلتزم", "يلتزموا", "تلتزما", "تحترم", "يحترم", "يحترموا"])
_NOT: Final = frozenset(["لم", "لا", "لن"])
_HOLD_AFTER: Final = frozenset(
    [*("قايما", "قايمه", "القايمه", "القايم", "صامد", "صامدا", "صامده", "هش", "هشه")]
)
_STILL: Final = frozenset(["يزال", "تزال", "زال", "زالت", "يزالان"])
_HOLD_BEFORE: Final = frozenset(["تثبيت", "بتثبيت", "لتثبيت", "صمود", "بصمود", "تمديد", "بتمديد"])
_ENTER: Final = frozenset(["دخل", "دخلت", "يدخل", "تدخل", "دخول", "بدخول", "لدخول"])
# Taking effect (بدأ سريان الهدنة، يسري الاتفاق) needs no حيز التنفيذ.
_EFFECT: Final = frozenset(
    ["سريان", "بسريان", "لسريان", "يسري", "تسري"]
)  # (not سري: secret; سرت: Sirte)
# Extending a truce keeps it (مدد الطرفان الهدنة).
_EXTEND: Final = frozenset(["مدد", "مددت", "مددا", "مددوا", "يمدد", "تمدد", "يمددان", "تمددان"])
_UNDER: Final = frozenset(["بموجب", "وبموجب"])
_CARRIED_OUT: Final = frozenset(["نفذت", "نفذ", "طبقت", "طبق", "يطبق", "تطبق", "ساري", "سار"])
_SIGN_BEFORE: Final = frozenset(
    [
        *("توقيع", "بتوقيع", "لتوقيع", "التوقيع", "وقع", "وقعت", "وقعا", "وقعوا", "وقعتا"),
        *("يوقع", "يوقعا", "يوقعان", "توقعان", "سيوقع", "سيوقعان", "ستوقع", "ستوقعان"),
    ]
)
# After the agreement: the signed participle or a signing verb with its object pronoun may
# stand a few words on (الموقّع عام 2015، اللي وقّعته فنزويلا); a bare وقع / وقعت (also
# "took place", and موقع is a site) only right after it (اتفاق وُقّع مع …).
_SIGN_AFTER: Final = frozenset(
    [
        *("الموقع", "الموقعه", "الموقعين", "وقعه", "وقعته", "وقعها", "وقعاه", "وقعتاه"),
        *("وقعوه", "وقعتها", "وقعوها"),
    ]
)
_SIGNED_RIGHT_AFTER: Final = frozenset(["وقع", "وقعت", "وقعا", "موقع", "موقعه"])
_PROPOSE_BEFORE: Final = frozenset(
    [*("مسوده", "مقترح", "المقترح", "اقتراح", "مشروع", "خطه", "مبادره", "بمسوده")]
)
_TALKS: Final = frozenset(
    ["مفاوضات", "محادثات", "المفاوضات", "المحادثات", "مباحثات", "التفاوض", "للتوصل"]
)
_PROPOSE_AFTER: Final = ("اقترح", "مقترح", "اقتراح")
_NOT_YET: Final = (Modality.HYPOTHETICAL, Modality.FUTURE)


def agreement_stage(
    hints: Mapping[str, str],
    left: list[str],
    right: list[str],
    sentence_right: list[str],
    modality: Modality,
    named: bool = False,
) -> AgreementStage:
    """The stage of an Agreement from the clause before it (`left`, nearest last), the words
    after it in its clause (`right`) and the rest of its sentence (`sentence_right`).

    `named`: the trigger is an agreement noun named after a place (اتفاق ستوكهولم، معاهدة
    جنيف): such a named instrument has been signed.
    """
    if "stage" in hints:
        return AgreementStage(hints["stage"])
    near = left[-3:]
    after = right[:6]
    # (the collapse may be told after a comma: وقّعا اتفاق سلام عام 2018، لكنه انهار)
    if any(is_in(w, _COLLAPSE_BEFORE) for w in near[-1:]) or any(
        is_in(w, _COLLAPSE_AFTER) for w in sentence_right[:8]
    ):
        return STAGE_COLLAPSED
    if len(near) >= 2 and near[-1] == "من" and bare(near[-2]).startswith(_LEAVE):
        return STAGE_COLLAPSED
    if any(is_in(w, _VIOLATE) for w in near + right[:4]):
        return STAGE_VIOLATED
    if len(near) >= 2 and is_in(near[-2], _NOT) and is_in(near[-1], _KEEP_TO):
        return STAGE_VIOLATED
    if any(w in _HOLD_AFTER for w in after) or any(w in _STILL for w in after[:3]):
        return STAGE_HOLDING
    if any(is_in(w, _HOLD_BEFORE) for w in near[-1:]) or any(is_in(w, _EXTEND) for w in near):
        return STAGE_HOLDING
    if "حيز" in right[:4] or any(is_in(w, _EFFECT) for w in near[-2:] + right[:2]):
        return STAGE_IN_FORCE
    if any(is_in(w, _ENTER) for w in near[-2:]) and "حيز" in sentence_right:
        return STAGE_IN_FORCE
    if any(is_in(w, _UNDER) for w in near[-1:]) or any(is_in(w, _CARRIED_OUT) for w in after[:4]):
        return STAGE_IN_FORCE
    # (an apposition after a comma still counts: اتفاق بريتوريا للسلام، الموقّع في …)
    if right[:1] and right[0] in _SIGNED_RIGHT_AFTER:
        return STAGE_SIGNED
    if any(is_in(w, _SIGN_AFTER) for w in sentence_right[:5]) or any(
        is_in(w, _SIGN_BEFORE) for w in left
    ):
        return STAGE_SIGNED
    if named:
        return STAGE_SIGNED
    if modality is MODALITY_PROPOSED or any(w.startswith(_PROPOSE_AFTER) for w in after[:3]):
        return STAGE_PROPOSED
    if any(is_in(w, _PROPOSE_BEFORE) for w in near[-2:]):
        return STAGE_PROPOSED
    if near and near[-1] == "بشان" and any(is_in(w, _TALKS) for w in left[-5:-1]):
        return STAGE_PROPOSED  # talks about a truce: not yet agreed
    reached = len(near) >= 2 and near[-1] == "الي" and near[-2] in ("التوصل", "للتوصل")
    if reached and modality in _NOT_YET:
        return STAGE_PROPOSED  # سعياً للتوصل إلى اتفاق
    return STAGE_AGREED
