"""The two sides after بين named through their members: `بين وحدات من الجيش X ومسلحين
ينتمون إلى فصيل Y`, `بين الجيش وعناصر من X`, `بين فصائل محلية مسلحة ومجموعات من البدو`,
`بين فصائل محلية والبدو`: a units or fighters noun (with من, or a construct form) stands
for the body named after it; a side named by a bare noun phrase has no mention, the other
side after the conjunction still does."""

from __future__ import annotations

from typing import Final

from annotate.preannotate.lexicon import norm_key
from annotate.preannotate.sentence import Mention, Sentence
from annotate.schema import EntityType

_WAW: Final = "\N{ARABIC LETTER WAW}"
# Units and fighters of a side: followed by من (وحدات من X) or in construct (مسلحي X).
_UNITS: Final = frozenset(
    norm_key(w)
    for w in [
        *["وحدات", "وحدة", "عناصر", "مجموعات", "مجموعة", "مسلحين", "مقاتلين", "افراد"],
        *["مسلحي", "مقاتلي", "جنود", "ممثلي", "وفد", "قوات", "ميليشيات", "متمردي"],
    ]
)
# Words between fighters and their body: مسلحين ينتمون إلى X، مقاتلين تابعين لـ X.
_BELONGING: Final = frozenset(norm_key(w) for w in ["ينتمون", "ينتمي", "تابعين", "التابعين"])
_SIDES: Final = (EntityType.ORG, EntityType.NORP, EntityType.GPE)


def past_units(sent: Sentence, pos: int) -> int:
    """`pos` past a units noun and its من / belonging words (`وحدات من`, `مسلحين ينتمون إلى`),
    when a side's mention follows; else `pos`."""
    word = sent.ctx.word_at(pos)
    if word is None or word[2] not in _UNITS:
        return pos
    end = past_units_word(sent, word[0], word[1])  # never -1: the word is not empty
    found = sent.after(end)
    return end if found is not None and found[1].label in _SIDES else pos


def units_side(sent: Sentence, pos: int) -> list[int]:
    """`… وعناصر من X`, `… ومسلحين ينتمون إلى X`: the second side after the conjunction at
    `pos`, named through its units."""
    ctx = sent.ctx
    word = ctx.word_at(pos)
    if word is None or not word[2].startswith(_WAW) or word[2][1:] not in _UNITS:
        return []
    inner = past_units_word(sent, word[0] + 1, word[1])
    found = sent.after(inner) if inner > 0 else None
    return [found[0]] if found is not None and found[1].label in _SIDES else []


def past_units_word(sent: Sentence, start: int, end: int) -> int:
    """Where the body after the units word at [start, end) may start, or -1."""
    ctx = sent.ctx
    nxt = ctx.word_at(end)
    if nxt is not None and nxt[2] in _BELONGING:
        end = nxt[1]
        nxt = ctx.word_at(end)
    if nxt is not None and nxt[2] in ("من", "الي", "ل"):
        end = nxt[1]
    return end if start < end else -1


def bare_first_side(sent: Sentence, pos: int) -> Mention | None:
    """`بين فصائل محلية (مسلحة) والبدو`, `… ومجموعات من البدو`: a first side named by a noun
    and up to two adjectives (no mention), then the conjunction and the second side."""
    ctx = sent.ctx
    for _ in range(4):
        word = ctx.word_at(pos)
        if word is None or word[0] >= sent.end or not word[2].isalpha():
            return None
        j = sent.after(word[0])
        if j is not None and j[1].start == word[0]:
            return None  # a mention: the first side is named
        if word[2].startswith(_WAW) and len(word[2]) > 2:
            if word[2][1:] in _UNITS:
                inner = past_units_word(sent, word[0] + 1, word[1])
                found = sent.after(inner) if inner > 0 else None
            else:
                found = sent.after(word[0] + 1)
            if found is not None and found[1].label in _SIDES:
                return found
            return None
        pos = word[1]
    return None
