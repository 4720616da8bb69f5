"""Speakers named apart from the subject. The speaker of a statement noun named after it: its genitive (`إعلان المبعوث الخاص X`,
`بيان الخارجية`), a ل-genitive past a title (`الإحاطة الصحفية للمتحدثة باسم الوزارة X`),
`(الصادر) عن X` and `من X` (`إحاطة من الممثلة الخاصة X`), past the noun's adjectives; and
the voice of a body that speaks through a person: `نفته نيودلهي على لسان المتحدث باسم
الخارجية X`, `دعت الأمم المتحدة، على لسان المبعوثة X، …` (`through_voice`)."""

from __future__ import annotations

from typing import Final

from annotate.preannotate.labels import PER
from annotate.preannotate.sentence import Mention, Sentence
from annotate.preannotate.spans import TriggerCandidate, is_definite_nisba
from annotate.schema import EntityType

_LAM: Final = "\N{ARABIC LETTER LAM}"
_BEH: Final = "\N{ARABIC LETTER BEH}"
_SPEAKERS: Final = (EntityType.PER, EntityType.ORG, EntityType.GPE)
_ISSUED: Final = frozenset(["صادر", "الصادر", "صادرا", "صدر"])
_FROM: Final = frozenset(["عن", "من"])
# Words on ب that are no complement of the noun: بيان الوزارة بشأن، بعد، بسبب، بين.
_NOT_COMPLEMENTS: Final = frozenset(["بشان", "بخصوص", "بعد", "بسبب", "بين", "بينما"])


def noun_speaker(sent: Sentence, trig: TriggerCandidate) -> list[Mention]:
    """The speaker named right after a statement noun (its adjectives skipped)."""
    ctx = sent.ctx
    pos = trig.end
    word = ctx.word_at(pos)
    for _ in range(2):  # الإحاطة الصحفية الأسبوعية
        if word is None or not is_definite_nisba(word[2]):
            break
        pos = word[1]
        word = ctx.word_at(pos)
    if word is None or word[0] >= sent.end:
        return []
    if word[2] in _ISSUED:
        pos = word[1]
        word = ctx.word_at(pos)
        if word is None or word[2] != "عن":
            return []
    if word[2] in _FROM:
        found = sent.after_title(word[1])
    elif word[2].startswith(_LAM) and word[0] + 1 in sent.title_from:
        found = sent.after(sent.title_from[word[0] + 1])  # للمتحدثة باسم الوزارة X
    else:
        found = sent.after_title(pos)
        if found is not None and ctx.text[found[1].start - 1].isalpha():
            return []  # a glued preposition: بيان لـ، بيان بـ
        if found is not None and _told_of(sent, sent.chain(found)[-1][1].end):
            return []  # إبلاغ X بـ"التدابير": the genitive is told, not telling
    if found is None or found[1].label not in _SPEAKERS:
        return []
    return sent.chain(found)


def _told_of(sent: Sentence, pos: int) -> bool:
    """A ب-complement after the genitive (`إبلاغ X بالقرار`): the genitive is the hearer."""
    word = sent.ctx.word_at(pos)
    return word is not None and word[2].startswith(_BEH) and word[2] not in _NOT_COMPLEMENTS


_ON: Final = "علي"
_TONGUE: Final = "لسان"


def through_voice(sent: Sentence, pos: int) -> Mention | None:
    """The person after `على لسان` (a title skipped) right after `pos` (past a comma): the
    body's subject speaks through them, and both are speakers."""
    ctx = sent.ctx
    word = ctx.word_at(pos)
    if word is not None and word[2] == ",":
        word = ctx.word_at(word[1])
    if word is None or word[2] != _ON:
        return None
    tongue = ctx.word_at(word[1])
    if tongue is None or tongue[2] != _TONGUE:
        return None
    found = sent.after_title(tongue[1])
    return found if found is not None and found[1].label is PER else None
