"""Groups and abbreviations: a group noun with an ethnonym or a place (عرقية الأرمن) is one
NORP, and the abbreviation an organisation's name introduces (قوات سوريا الديمقراطية
(قسد)) is that organisation wherever the document uses it.
"""

from __future__ import annotations

import re
from typing import Final

from annotate.preannotate.gazetteer import ENTITY, Hit
from annotate.preannotate.labels import GPE, LOC, NORP, ORG, SUBTYPE_NONSTATE_ARMED
from annotate.preannotate.spans import Candidate, Context, is_definite

# Group nouns that take an ethnonym into one NORP (عرقية الأرمن).
_GROUP_NOUNS: Final = frozenset(
    [
        *["عرقيه", "طايفه", "قوميه", "ابناء", "اقليه", "الاقليه", "جاليه", "الجاليه"],
        *["قبيله", "قبايل", "عشيره", "عشاير"],  # قبيلة المسيرية: a tribe is a group noun
    ]
)


def agreeing_nisba(ctx: Context, hit: Hit) -> bool:
    """Is the definite plural nisba of `hit` (المولدوفيين، الأمريكيين) an adjective
    agreeing with the definite noun right before it (المفاوضين المولدوفيين، الجنود
    الأمريكيين) rather than a nationality used as a noun? A definite noun is never the
    first term of a construct, so a definite word before the nisba is its head."""
    key = hit.key
    if hit.prefix or not key.endswith(("ين", "ون")) or key[2:-2] not in ctx.lexicon.nisba:
        return False
    before = ctx.word_before(hit.start)
    if before is None or before[1] != hit.start - 1 or not is_definite(before[2]):
        return False
    w = before[2]
    lex = ctx.lexicon
    if w in lex.stopwords or w in _GROUP_NOUNS or w[2:] in lex.nisba:
        return False  # الذين، الأقلية، السوريين الأكراد: no head noun before it
    return ctx.hit_in_word(before[0], ENTITY) is None  # a known name is no head noun


def find_groups(ctx: Context, norp_hits: list[tuple[int, int, str]]) -> list[Candidate]:
    """NORP groups: a group noun with its ethnonym (عرقية الأرمن), an ethnonym with its
    homeland (أرمن ناغورني قره باغ)."""
    out: list[Candidate] = []
    for start, end, key in norp_hits:
        before = ctx.word_before(start)
        if before is not None and before[1] == start - 1 and before[2] in _GROUP_NOUNS:
            out.append(Candidate(before[0], end, NORP, 0.8, "group"))
            continue
        if key.startswith("ال"):
            continue
        word = ctx.word_at(end)
        if word is None:
            continue
        hit = ctx.hit_in_word(word[0], ENTITY)
        if hit is not None and not hit.prefix:
            entry = ctx.lexicon.gazetteer[hit.key]
            if entry.label in (GPE, LOC):
                out.append(Candidate(start, hit.end, NORP, 0.8, "group"))
    return out


# `ORG (ABBR)`: one word of letters in parentheses right after an organisation's name, or
# after the quote that closes it ("جماعة نصرة الإسلام والمسلمين" (جنيم)).
_ABBREVIATION: Final = re.compile(r"[\"»”]?[ \t]*\(([^\W\d_]{2,12})\)")


_CLITICS: Final = ("", "و", "ب", "ل", "ف", "وب", "ول")


def abbreviations(ctx: Context, orgs: list[Candidate]) -> list[Candidate]:
    """The abbreviation an organisation's name introduces (قوات سوريا الديمقراطية (قسد)), and
    its other mentions in the document, a proclitic before them left out: also those before
    it, in a title or a lead that uses the short form first."""
    out: list[Candidate] = []
    text, lex = ctx.text, ctx.lexicon
    for org in orgs:
        m = _ABBREVIATION.match(text, org.end)
        if m is None:
            continue
        abbr = m.group(1)
        if abbr in lex.stopwords or ctx.hit_in_word(m.start(1), ENTITY) is not None:
            continue
        out.append(Candidate(m.start(1), m.end(1), ORG, 0.8, "abbreviation", org.subtype))
        for later in re.finditer(rf"(?<![\w])(\w{{0,2}}?){re.escape(abbr)}(?![\w])", text):
            if later.start(1) != m.start(1) and later.group(1) in _CLITICS:
                start = later.start() + len(later.group(1))
                out.append(Candidate(start, later.end(), ORG, 0.75, "abbreviation", org.subtype))
    return out


# A dash after a known group's name inside quotes opens its branch (داعش – ولاية غرب أفريقيا).
_BRANCH_DASH: Final = re.compile(r"[ \t]*[-\u2013\u2014][ \t]*\w")
_OPENING_QUOTES: Final = frozenset(['"', "«", "“"])


def branch_heads(ctx: Context, top: list[Candidate], cands: list[Candidate]) -> list[Candidate]:
    """Known armed groups that open the quoted name of one of their branches (تنظيم "داعش –
    ولاية غرب أفريقيا" ⊃ داعش): a mention of the group inside the branch's name."""
    out: list[Candidate] = []
    text = ctx.text
    for c in cands:
        if c.label is not ORG or c.source != "gazetteer":
            continue
        if (
            c.subtype is not SUBTYPE_NONSTATE_ARMED
            or text[c.start - 1 : c.start] not in _OPENING_QUOTES
        ):
            continue
        if _BRANCH_DASH.match(text, c.end) is None:
            continue
        if any(o.label is ORG and o.start < c.start and c.end < o.end for o in top):
            out.append(c)
    return out
