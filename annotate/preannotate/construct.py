"""Construct chains inside a headed name: how far the genitives after an organisation's head
run (`رابطة دول جنوب شرق آسيا`, `تحالف قوى الحرية`, `جبهة تحرير تيغراي`, `وزارة الصحة
والطوارئ`), for `headed.find_headed`."""

from __future__ import annotations

from typing import Final

from annotate.preannotate.gazetteer import ENTITY, NISBA, ORG_HEAD, TITLE, TRIGGER
from annotate.preannotate.labels import GPE, LOC, NORP
from annotate.preannotate.name_words import name_like
from annotate.preannotate.org_words import ANAPHORA
from annotate.preannotate.spans import Context, is_definite
from annotate.schema import EntityType


def _link_noun(ctx: Context, ws: int, w: str) -> bool:
    """An indefinite common noun that may stand in construct inside a name: no lexicon
    word, no stopword, no first name."""
    if is_definite(w) or len(w) < 3 or not all("\u0621" <= c <= "\u064a" for c in w):
        return False
    if w in ctx.lexicon.stopwords or w in ctx.lexicon.first_names or w[0] == "و":
        return False
    return ctx.hit_in_word(ws, ENTITY | TRIGGER | TITLE | NISBA) is None


_CHAIN_PLACES: Final = (EntityType.GPE, EntityType.LOC)


def chain_to_place(ctx: Context, start: int) -> int | None:
    """The end of one or two indefinite nouns in construct from `start` that end in a known
    place, the genitive they need (رابطة دول | جنوب شرق آسيا، قوات دفاع شعب | جنوب
    السودان), else None."""
    word = ctx.word_at(start)
    for _ in range(2):
        if word is None or not _link_noun(ctx, word[0], word[2]):
            return None
        nxt = ctx.word_at(word[1])
        if nxt is None or nxt[0] != word[1] + 1:
            return None
        hit = ctx.hit_in_word(nxt[0], ENTITY)
        if hit is not None:
            entry = ctx.lexicon.gazetteer.get(hit.key)
            ok = (
                not hit.prefix
                and entry is not None
                and entry.label in _CHAIN_PLACES
                and not entry.needs_context
            )
            return hit.end if ok else None
        word = nxt
    return None


def construct_link(ctx: Context, ws: int, we: int, w: str) -> bool:
    """An indefinite common noun in construct between a head and a definite genitive
    (تحالف قوى | الحرية): no lexicon word, no stopword, and a definite noun follows."""
    if not _link_noun(ctx, ws, w):
        return False
    nxt = ctx.word_at(we)
    if nxt is None or not is_definite(nxt[2]) or nxt[2] in ctx.lexicon.stopwords:
        return False
    return ctx.hit_in_word(nxt[0], TITLE | NISBA) is None


# Heads of bodies whose official names end in a purpose phrase (جبهة تحرير …، المجلس الوطني
# لحماية الوطن); not forces, whose ل-phrase is an event (القوات الحكومية لتحرير المدينة).
PURPOSE_HEADS: Final = frozenset(
    [
        *["جبهه", "حركه", "مجلس", "هييه", "لجنه", "منظمه", "اتحاد", "تحالف", "مكتب"],
        *["جمعيه", "رابطه", "تنسيقيه", "مفوضيه", "مرصد", "شبكه", "مركز", "ايتلاف", "جماعه"],
        *["لجان", "فصايل", "حركات", "جبهات", "تنسيقيات"],
    ]
)


def purpose_genitive(ctx: Context, ws: int, w: str, ends: dict[int, int]) -> int | None:
    """The end of a ل + masdar + genitive purpose phrase that closes an official name
    (لتحرير تيغراي، لحماية الوطن، لإنقاذ السودان), or None."""
    if len(w) < 5 or w[0] != "ل" or is_definite(w[1:]):
        return None
    if w[1:] in ctx.lexicon.stopwords or not all("\u0621" <= c <= "\u064a" for c in w):
        return None
    nxt = ctx.word_at(ws + len(w))
    if nxt is None:
        return None
    hit = ctx.hit_in_word(nxt[0], ENTITY)
    if hit is not None and not hit.prefix and hit.start == nxt[0]:
        entry = ctx.lexicon.gazetteer.get(hit.key)
        if entry is not None and entry.label in (GPE, LOC, NORP):
            return hit.end
    if not is_definite(nxt[2]) and name_like(ctx, nxt[0], nxt[1], nxt[2], False):
        return nxt[1]  # an unknown place name: لتحرير أزواد
    definite = is_definite(nxt[2]) and nxt[2] not in ctx.lexicon.stopwords and len(nxt[2]) >= 5
    if definite and ctx.longest(nxt[0], TRIGGER | NISBA | TITLE) is None:
        return ends.get(nxt[0], nxt[1])
    return None


def coordinated_genitive(ctx: Context, start: int, word: str) -> bool:
    """`والطوارئ` after a construct genitive: و + a definite common noun that is no lexicon
    word (not another organisation, place, title, trigger or nisba)."""
    if not word.startswith("وال") or len(word) < 6:
        return False
    noun = word[1:]
    lex = ctx.lexicon
    if noun in lex.stopwords or noun in ANAPHORA or noun in lex.nisba:
        return False
    nxt = ctx.word_at(start + len(word))
    if nxt is not None and nxt[2] in lex.nisba:
        return False  # والقوات الروسية: a second name, not a coordinated genitive
    return ctx.hit_in_word(start, ENTITY | ORG_HEAD | TITLE | TRIGGER | NISBA) is None
