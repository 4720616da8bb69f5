"""What closes a headed name after its words: the abbreviation it introduces (قوة الأمم
المتحدة لمراقبة فض الاشتباك (أندوف)), a branch after a dash (الحركة الشعبية - شمال), and the
second end of a road (طريق حلب - اللاذقية), and the cause a party is named for (حزب التجمع
من أجل الديمقراطية، حركة تحرير X).
"""

from __future__ import annotations

import re
from typing import Final

from annotate.preannotate.gazetteer import ENTITY, NISBA, TITLE, TRIGGER
from annotate.preannotate.labels import GPE
from annotate.preannotate.name_words import name_like
from annotate.preannotate.org_words import ANAPHORA
from annotate.preannotate.spans import Context, is_definite
from annotate.schema import EntityType

# A road between two places: طريق X - Y، طريق X-Y.
ROUTES: Final = frozenset(["طريق", "الطريق"])
_ROUTE_DASH: Final = re.compile(r" ?[-\u2013] ?(?=\w)")


def route_end(ctx: Context, end: int) -> tuple[int, str] | None:
    """The end of the second place after a dash (طريق حلب - اللاذقية), a known place or an
    unknown name that the phrase ends with (returned too: it is a town of its own)."""
    dash = _ROUTE_DASH.match(ctx.text, end)
    if dash is None:
        return None
    word = ctx.word_at(dash.end())
    if word is None or word[0] != dash.end():
        return None
    ws, we, w = word
    known = ctx.hit_in_word(ws, ENTITY)
    if known is not None:
        entry = ctx.lexicon.gazetteer.get(known.key)
        ok = not known.prefix and entry is not None and entry.label is GPE
        return (known.end, "") if ok else None
    nxt = ctx.word_at(we)
    closed = nxt is None or not nxt[2].isalnum() or nxt[2] in ctx.lexicon.stopwords
    return (we, w) if closed and name_like(ctx, ws, we, w, False) else None


# The rest of an official name up to the abbreviation it introduces: a ل-purpose phrase or a
# definite adjective, then at most five more words on the line (قوة الأمم المتحدة | لمراقبة
# فض الاشتباك (أندوف)، وكالة الأنباء | الصحراوية (واص)).
_TO_ABBREVIATION: Final = re.compile(r"((?: [\u0621-\u064a]+){1,6}) \(([^\W\d_]{2,12})\)")


def up_to_abbreviation(ctx: Context, end: int) -> int:
    """The end of the words between a body's name and its parenthesised abbreviation, when
    they continue the name, else `end`."""
    m = _TO_ABBREVIATION.match(ctx.text, end)
    if m is None:
        return end
    lex = ctx.lexicon
    words = m.group(1).split()
    first = words[0]
    if not (
        (first[0] == "ل" and len(first) >= 4 and not first.startswith("لل"))
        or (first.startswith("لل") and len(first) > 4)
        or (is_definite(first) and first.endswith(("ي", "يه")))
    ):
        return end
    for w in words:
        if w != "في" and (w in lex.stopwords or w in lex.value_words):
            return end  # a clause, not a name: الحكومة اليوم عن خطة (…)
        if w in lex.months or w in lex.weekdays:
            return end
    if m.group(2) in lex.stopwords:
        return end
    return m.end(1)


# A branch after a dash closes the name (الحركة الشعبية لتحرير السودان - شمال) when the
# direction word is not the start of a place name (- شمال كردفان).
_BRANCH_RE: Final = re.compile(r" ?[-\u2013\u2014] ?(?:ال)?(?:شمال|جنوب|شرق|غرب)(?=[\s،,.:;)]|$)")


def branch_end(ctx: Context, end: int) -> int:
    """The end of a dash + direction branch right after a body's name, else `end`."""
    m = _BRANCH_RE.match(ctx.text, end)
    if m is None:
        return end
    nxt = ctx.word_at(m.end())
    place = (
        nxt is not None
        and nxt[0] == m.end() + 1
        and nxt[2] not in ctx.lexicon.stopwords
        and (
            ctx.hit_in_word(nxt[0], ENTITY) is not None
            or name_like(ctx, nxt[0], nxt[1], nxt[2], False)
        )
    )
    if place:
        return end  # - شمال كردفان: the direction starts a place name
    return m.end()


# Governments and authorities designated by their recognition (الحكومة اليمنية المعترف بها
# دولياً، السلطات غير المعترف بها): the designation is part of the name.
_RECOGNISED_HEADS: Final = frozenset(["الحكومه", "حكومه", "السلطات", "سلطات", "الاداره", "اداره"])
_RECOGNISED: Final = re.compile(r"\s+(?:غير\s+)?المعترف\s+(?:بها|به)(?:\s+دوليا)?(?![\w])")


def recognised_end(ctx: Context, key: str, end: int) -> int:
    """The end of `(غير) المعترف بها (دولياً)` right after the name of a government or
    authorities headed by `key`, else `end`."""
    if key not in _RECOGNISED_HEADS:
        return end
    m = _RECOGNISED.match(ctx.text, end)
    return m.end() if m is not None else end


def for_the_sake_of(ctx: Context, pos: int) -> int | None:
    """The end of `أجل` + a definite cause (and a second one joined by و) after من at `pos`:
    a common noun, no event, title, nisba or known name."""
    word = ctx.word_at(pos)
    if word is None or word[2] != "اجل":
        return None
    end = word[1]
    for n in range(2):
        cause = ctx.word_at(end)
        if cause is None or cause[0] != end + 1:
            break
        w = cause[2][1:] if n else cause[2]
        if n and not cause[2].startswith("وال"):
            break
        if not is_definite(w) or len(w) < 5 or w in ctx.lexicon.stopwords or w in ANAPHORA:
            break
        if ctx.hit_in_word(cause[0], TITLE | NISBA | TRIGGER | ENTITY) is not None:
            break  # من أجل الإفراج عن…: the purpose of an action, not a cause in a name
        end = cause[1]
    return None if end == word[1] else end


# The causes a movement is named for in construct (حركة تحرير X، جبهة إنقاذ X).
_CAUSE_NOUNS: Final = frozenset(["تحرير", "انقاذ", "استقلال", "تحرر"])


def liberation_of(ctx: Context, start: int, word: str) -> int | None:
    """The end of a cause noun at `start` and the place or people it is for: a known one, an
    unknown name word (تحرير كاسامبا) or a definite common noun (إنقاذ الوطن), else None."""
    if word not in _CAUSE_NOUNS:
        return None
    pos = start + len(word)
    nxt = ctx.word_at(pos)
    if nxt is None or nxt[0] != pos + 1:
        return None
    ns, ne, w = nxt
    hit = ctx.hit_in_word(ns, ENTITY)
    if hit is not None:
        entry = ctx.lexicon.gazetteer.get(hit.key)
        ok = not hit.prefix and entry is not None and entry.label in _FREED
        return hit.end if ok else None
    if not is_definite(w):
        return ne if name_like(ctx, ns, ne, w, False) else None
    if len(w) < 5 or w in ctx.lexicon.stopwords or w in ANAPHORA:
        return None
    return ne if ctx.hit_in_word(ns, TITLE | NISBA | TRIGGER) is None else None


_FREED: Final = frozenset([EntityType.GPE, EntityType.LOC, EntityType.NORP])
