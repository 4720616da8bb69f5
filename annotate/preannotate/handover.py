"""Handing over (سلّم، تسليم): what is handed decides the event.

The verb and its verbal noun name a disarmament when weapons are handed (سلّم ٢٠ مقاتلاً
أسلحتهم، تسليم ٥٠٠ قطعة سلاح، قطع السلاح التي ستُسلَّم) and a release when captives are
(سُلّم الرهينتان إلى القنصلية، مقابل تسليم ٣٠ أسيراً), also when the object is a pronoun
handed to someone in a sentence about captivity (أفرج المسلحون عن الجنديين وسلّموهما إلى
الصليب الأحمر). Handing over a task, a letter, power or aid names no event here. The adjacent
object phrases (سلّموا أسلحتهم، تسليم الأسرى) are rows of their own in the trigger lexicon;
this reads the object when something stands between it and the verb (the subject, a number).
"""

from __future__ import annotations

from typing import Final

from annotate.preannotate.labels import EVENT_DISARM, EVENT_RELEASE
from annotate.preannotate.lexicon import norm_key
from annotate.preannotate.spans import Context, TriggerCandidate
from annotate.preannotate.trigger_forms import noun_forms, verb_forms
from annotate.preannotate.trigger_senses import clause_words
from annotate.schema import EventType


def _keys() -> frozenset[str]:
    plain, possessed = noun_forms("تسليم")
    nouns = [*plain, *["ال" + form for form in plain], *possessed]
    verbs = [f.text for f in verb_forms("سلم/يسلم")]
    return frozenset([norm_key(form) for form in [*nouns, *verbs]])


HANDED_OVER: Final = _keys()
# stems of the weapons handed (سلاحهم، الأسلحة، بنادق، قطعة سلاح، الذخائر، العتاد)
_WEAPONS: Final = ("سلاح", "اسلح", "بنادق", "بندقي", "عتاد", "ذخاير", "ذخيره")
# stems of the people handed (أسيراً، الرهينتان، المحتجزين، المعتقلين، جثامين)
_CAPTIVES: Final = (
    *("اسير", "اسري", "رهين", "رهاين", "محتجز", "معتقل", "سجين", "سجنا", "مختطف"),
    *("مخطوف", "جثث", "جثامين", "رفات"),
)
# words of captivity earlier in the sentence that a pronoun object refers back to
_CAPTIVITY: Final = (
    *("افرج", "افراج", "سراح", "احتجز", "احتجاز", "اختطف", "اختطاف", "خطف", "اعتقل"),
    *("اعتقال", *_CAPTIVES),
)
_PRONOUNS: Final = ("ه", "ها", "هم", "هما")
_CLITICS: Final = ("وال", "بال", "لل", "ال", "و", "ب", "ف")


def _stem(word: str) -> str:
    for clitic in _CLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 3:
            return word[len(clitic) :]
    return word


def _object_words(ctx: Context, cand: TriggerCandidate) -> list[str]:
    """The words after the trigger up to a comma or the end of its sentence."""
    words: list[str] = []
    for word in clause_words(ctx, cand.end, 12):
        if word in (",", ":"):
            break
        words.append(word)
    return words


def _words_before(ctx: Context, cand: TriggerCandidate, limit: int) -> list[str]:
    """Up to `limit` words before the trigger, back to a comma or a full stop."""
    out: list[str] = []
    pos = cand.start - len(cand.prefix)
    for _ in range(limit):
        word = ctx.word_before(pos)
        if word is None or word[2] in (",", ".", ";", ":"):
            break
        out.append(word[2])
        pos = word[0]
    return out


def _has(words: list[str], stems: tuple[str, ...]) -> bool:
    """Does a word start with one of `stems`, as written or after its proclitics (بنادق is
    no ب + نادق, وبنادقهم is)?"""
    return any(w.startswith(stems) or _stem(w).startswith(stems) for w in words)


def handed_over(ctx: Context, cand: TriggerCandidate) -> EventType | None:
    """Disarm, Release or nothing for the handing-over word `cand` (see the module doc)."""
    after = _object_words(ctx, cand)
    if _has(after, _WEAPONS):
        return EVENT_DISARM
    if _has(after[:6], _CAPTIVES):
        return EVENT_RELEASE
    before = _words_before(ctx, cand, 3)  # the passive: قطع السلاح التي ستُسلَّم
    if _has(before, _WEAPONS):
        return EVENT_DISARM
    if _has(before, _CAPTIVES):
        return EVENT_RELEASE
    if cand.key.endswith(_PRONOUNS) and after and (after[0] == "الي" or after[0][:1] == "ل"):
        start = max(ctx.text.rfind(".", 0, cand.start), cand.start - 300)
        if _has(ctx.text[start : cand.start].split(), _CAPTIVITY):
            return EVENT_RELEASE
    return None
