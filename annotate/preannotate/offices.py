"""Two organisation shapes the head patterns miss.

An office or a government named after its holder (`حكومة رئيس الوزراء X`, `مكتب الرئيس X`):
the body keeps the holder's title and name and nests the person only, no OCC inside it.

A group known only by a quoted name (`عناصر "X"`, `مقاتلو "X"`, `القيادي في "X"`): the words
in the quotes are an ORG when its members or a post in it come right before them, and the
same quoted name is that ORG wherever else the document quotes it.
"""

from __future__ import annotations

import re
from typing import Final

from annotate.preannotate.gazetteer import ENTITY, ORG_HEAD, TITLE, TRIGGER
from annotate.preannotate.labels import OCC, ORG, PER, SUBTYPE_GOV, SUBTYPE_NONSTATE_ARMED
from annotate.preannotate.spans import Candidate, Context, is_definite

# Bodies named after their holder (normalised heads).
_HOLDER_HEADS: Final = frozenset(["حكومه", "مكتب", "اداره", "نظام", "ديوان"])
_PROCLITICS: Final = ("", "و", "ب", "ل", "ف", "وب", "ول")


def holder_offices(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """ORG candidates `HEAD TITLE… NAME` from title OCCs followed by their holder's name."""
    people = {c.start: c for c in cands if c.label is PER and c.source != "first-name"}
    out: list[Candidate] = []
    for occ in cands:
        if occ.label is not OCC:
            continue
        word = ctx.word_before(occ.start)
        if word is None or word[1] + 1 != occ.start:
            continue
        start = _regime(word) if (head := _holder_head(ctx, word)) is None else head
        if start is None:
            continue
        nxt = ctx.word_at(occ.end)
        person = people.get(nxt[0]) if nxt is not None else None
        if person is None:
            continue
        out.append(Candidate(start, person.end, ORG, 0.7, "office", SUBTYPE_GOV))
    return out


def _holder_head(ctx: Context, word: tuple[int, int, str]) -> int | None:
    """The start of a holder head (حكومة، مكتب) that is the word `word`, else None."""
    head = ctx.hit_in_word(word[0], ORG_HEAD)
    if head is None or head.end != word[1] or head.key not in _HOLDER_HEADS:
        return None
    return head.start if head.prefix in _PROCLITICS else None


def _regime(word: tuple[int, int, str]) -> int | None:
    """The start of نظام (a regime named after its ruler: نظام الرئيس X), a proclitic before
    it left out; نظام is no head of its own (نظام العقوبات)."""
    for prefix in _PROCLITICS:
        if word[2] == prefix + "نظام":
            return word[0] + len(prefix)
    return None


# Words that put the group right after them: its members, a post in it.
_MEMBERS: Final = frozenset(
    [
        *["عناصر", "مقاتلي", "مقاتلو", "مسلحي", "مسلحو", "قاده", "انصار", "مسلحين"],
        "مسلحون",
        *["ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "معاقل"],
    ]
)
# The quote mark comes first and the look-behind after it: a pattern that opens with a
# look-behind makes the regex engine try a match at every character of the text.
_QUOTED: Final = re.compile(r'"(?<![\w"]")([^"\n]{2,40})"')


def quoted_groups(ctx: Context) -> list[Candidate]:
    """ORG candidates for quoted names cued once by their members or a post in the group."""
    names: set[str] = set()
    found: list[re.Match[str]] = []
    for m in _QUOTED.finditer(ctx.text):
        found.append(m)
        if m.group(1) in names:
            continue
        before = ctx.word_before(m.start())
        if before is None:
            continue
        if _body_in_quotes(ctx, m):
            names.add(m.group(1))  # "جبهة كومونيروس ديل سور": the quotes close the name
        elif _members_of(ctx, before):
            # مسلحون من "الجيش الأبيض": after its members any short name is the group's
            if _name_shaped(ctx, m) or _group_name(ctx, m):
                names.add(m.group(1))
        elif before[2] == "في" and _post_before(ctx, before[0]) and _name_shaped(ctx, m):
            names.add(m.group(1))
    return [
        Candidate(m.start(1), m.end(1), ORG, 0.65, "quoted", SUBTYPE_NONSTATE_ARMED)
        for m in found
        if m.group(1) in names
    ]


_DASHES: Final = frozenset(["-", "\u2013", "\u2014"])


def _body_in_quotes(ctx: Context, m: re.Match[str]) -> bool:
    """Three to six words in quotes that open with a known body or an ORG head and hold no
    function word, trigger or title (تنظيم الدولة – ولاية الساحل، جبهة X ديل سور): the
    quotes delimit the body's name, which runs past the words the rules would take."""
    words = m.group(1).split(" ")
    if not 3 <= len(words) <= 6:
        return False
    pos = m.start(1)
    first = ctx.hit_in_word(pos, ENTITY | ORG_HEAD)
    if first is None or first.prefix or first.start != pos:
        return False
    entry = ctx.lexicon.gazetteer.get(first.key) if first.kinds & ENTITY else None
    if entry is not None and entry.label is not ORG:
        return False
    if entry is None and ctx.lexicon.heads[first.key][0] is not ORG:
        return False  # «ولاية X Y»: a place descriptor, not a body
    for w in words:
        if w in _DASHES:
            pos += len(w) + 1
            continue
        if not _name_word(ctx, pos, w):
            return False
        pos += len(w) + 1
    return True


def _name_word(ctx: Context, pos: int, w: str) -> bool:
    """An Arabic word at `pos` that may stand in a name: two letters or more, and no function
    word, value word, title or trigger."""
    if len(w) < 2 or not all("\u0621" <= c <= "\u064a" for c in w):
        return False
    if w in ctx.lexicon.stopwords or w in ctx.lexicon.value_words:
        return False
    return ctx.hit_in_word(pos, TITLE | TRIGGER) is None


def _members_of(ctx: Context, before: tuple[int, int, str]) -> bool:
    """Do the group's members end at `before` (عناصر، مقاتلي، or مسلحون من)?"""
    if before[2] in _MEMBERS:
        return True
    if before[2] != "من":
        return False
    members = ctx.word_before(before[0])
    return members is not None and members[2].lstrip("و") in _MEMBERS


def _group_name(ctx: Context, m: re.Match[str]) -> bool:
    """Two or three Arabic words, definite or naming a place or a head (الجيش الأبيض), but no
    function word, trigger or title: a group's name, not a quoted phrase."""
    words = m.group(1).split(" ")
    if not 2 <= len(words) <= 3:
        return False
    pos = m.start(1)
    for w in words:
        if not _name_word(ctx, pos, w):
            return False
        pos += len(w) + 1
    return True


def _name_shaped(ctx: Context, m: re.Match[str]) -> bool:
    """One or two indefinite Arabic words that are no lexicon word (not a slogan, a verb or
    a known name, which other rules handle)."""
    words = m.group(1).split(" ")
    if len(words) > 2:
        return False
    pos = m.start(1)
    for w in words:
        if len(w) < 3 or is_definite(w) or not all("\u0621" <= c <= "\u064a" for c in w):
            return False
        if w in ctx.lexicon.stopwords or w in ctx.lexicon.value_words:
            return False
        if ctx.hit_in_word(pos, ENTITY | ORG_HEAD | TITLE | TRIGGER) is not None:
            return False
        pos += len(w) + 1
    return True


def _post_before(ctx: Context, pos: int) -> bool:
    """Does a title end right before `pos` (القيادي | في "X")?"""
    word = ctx.word_before(pos)
    if word is None:
        return False
    hit = ctx.hit_in_word(word[0], TITLE)
    return hit is not None and hit.end == word[1]
