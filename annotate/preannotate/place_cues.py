"""Unknown place names that news introduces by their position, not by a descriptor of
their own: after a compass noun or near one (شمال X، جنوب غربي X، قرب X، بالقرب من X،
ضواحي X), in a list after a dual or plural settlement descriptor (قريتي X وY، بلدات X وY
وZ), joined by و to a known town, and named again by its nisba (كاروندا … الكاروندي).

A name here is a word that could be a name (`name_like`, no lexicon word, no first name)
and whose phrase ends right after it, so a common noun with its genitive (شمال قطاع غزة،
جنوب خط التماس) or an adjective (شمال البلاد) never qualifies.
"""

from __future__ import annotations

import re
from typing import Final

from annotate.preannotate.gazetteer import ENTITY, NISBA, ORG_HEAD, TITLE, TRIGGER
from annotate.preannotate.labels import GPE, LOC
from annotate.preannotate.name_words import arabic_word, name_like
from annotate.preannotate.names import hyphen_tail, name_ends
from annotate.preannotate.spans import Candidate, Context, is_definite

_DIRECTIONS: Final = frozenset(
    ["شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "قرب"]
)

# شمال X، جنوب غربي X، بشرق X (normalised text): a compass noun, an optional second one.
_COMPASS_WORDS: Final = (
    *(f"{d}(?:ي)?(?: (?:شرق|غرب|شمال|جنوب)(?:ي)?)?" for d in ("شمال", "جنوب", "شرق", "غرب")),
    *("قرب", "بالقرب من", "ضواحي"),
)
# `(?<!\w)[وب]?(?:WORDS) (?=\w)` written with each alternative's first letter first and the
# look-behind after it: `re` skips fast to the letters a pattern opens with, but tries one
# that opens with a look-behind at every position of the text (same matches, twice as fast).
_COMPASS: Final = re.compile(
    "(?:"
    + "|".join(
        [f"{c}(?<!\\w.)(?:{'|'.join(_COMPASS_WORDS)})" for c in "وب"]
        + [f"{w[0]}(?<!\\w.){w[1:]}" for w in _COMPASS_WORDS]
    )
    + r") (?=\w)"
)

# Dual and plural settlement descriptors that open a list of names (قريتي X وY).
_PLURAL_DESCRIPTOR: Final = (
    r"(?:[وبلف]|وب|ول)?"
    r"(?:قريتي|بلدتي|مدينتي|محافظتي|ولايتي|مقاطعتي|ناحيتي|مديريتي|بلدات|قري|مدن)"
)
_LIST: Final = re.compile(rf"(?<!\w){_PLURAL_DESCRIPTOR} (?=\w)")
_DESCRIPTOR_WORD: Final = re.compile(rf"{_PLURAL_DESCRIPTOR}(?!\w)")

# Pronoun suffixes of a common noun (وضواحيها، وحلفائهم): never a place's name.
_SUFFIXES: Final = ("ها", "هم", "هما", "نا", "كم")


def find_place_cues(ctx: Context) -> list[Candidate]:
    """GPE candidates after compass nouns and in lists after plural descriptors."""
    out: list[Candidate] = []
    text = ctx.text
    for m in _COMPASS.finditer(text):
        name = _name_at(ctx, m.end())
        if name is not None:
            out.append(Candidate(name[0], name[1], GPE, 0.55, "descriptor"))
    for m in _LIST.finditer(text):
        out.extend(_listed(ctx, m.end()))
    if " و" in text:
        out.extend(_coordinated(ctx))
    out.extend(_nisba_bases(ctx))
    if "الساحل" in text:
        out.extend(
            Candidate(m.start(1), m.end(1), LOC, 0.85, "descriptor") for m in _SAHEL.finditer(text)
        )
    return out


# The Sahel, named as a region of states (دول الساحل، منطقة الساحل، ولاية الساحل); الساحل
# alone is any coast (الساحل الشمالي، سجن "الساحل").
_SAHEL: Final = re.compile(
    r"(?<!\w)(?:[وبل]|وب|ول)?(?:دول|بلدان|منطقه|ولايه|اقليم)\s+(الساحل)(?!\w)"
)


# A word in -a of five letters or more (كاروندا): a place when the story also writes its
# nisba (الكاروندي، الكاروندية).
_IN_A: Final = re.compile(r"(?<!\w)[\u0621-\u064a]{4,}ا(?!\w)")
# (literals first, look-behinds after them: see offices._QUOTED)
_DEFINITE_NISBA: Final = re.compile(r"(ال(?<![^\W_]ال)[\u0621-\u064a]+يه?)(?![^\W_])")


def _nisba_bases(ctx: Context) -> list[Candidate]:
    """Unknown places the document also names by their nisba adjective (كاروندا …
    الجيش الكاروندي): the nisba needs a place, the word in -a is it."""
    text = ctx.text
    if "ال" not in text:
        return []
    out: list[Candidate] = []
    # The document's definite nisba-shaped words, gathered once: a search of the whole text
    # per candidate made long documents quadratic.
    nisbas: set[str] | None = None
    for m in _IN_A.finditer(text):
        if nisbas is None:
            nisbas = set(_DEFINITE_NISBA.findall(text))
        stem = "ال" + m.group()[:-1] + "ي"
        if stem not in nisbas and stem + "ه" not in nisbas:
            continue
        if _place_word(ctx, m.start(), m.end(), m.group()):
            out.append(Candidate(m.start(), m.end(), GPE, 0.55, "descriptor"))
    return out


_CONJUNCT: Final = re.compile(r"و(?<= و)(?=\w)")


def _coordinated(ctx: Context) -> list[Candidate]:
    """An unknown name joined by و to a known country or town, after it (جوبا وكاجوكيجي)
    or before it after بين (بين ماسيسانو وبونيا): a place too."""
    places = {
        hit.end
        for hits in ctx.hits_at.values()
        for hit in hits
        if hit.kinds & ENTITY and not hit.prefix and _known_town(ctx, hit.key)
    }
    out: list[Candidate] = []
    for m in _CONJUNCT.finditer(ctx.text):
        if m.start() - 1 in places:
            name = _name_at(ctx, m.start(), "و")
            if ctx.hit_in_word(m.start(), ORG_HEAD) is not None:
                continue  # X وتحالف "Y": a body's head word, no place
            if name is not None and _not_a_verb(ctx, m.start(), name[1]):
                out.append(Candidate(name[0], name[1], GPE, 0.55, "descriptor"))
            continue
        before = ctx.word_before(m.start())
        if before is None:
            continue
        between = ctx.word_before(before[0])
        if between is None or between[2] != "بين":
            continue
        other = ctx.hit_in_word(m.start(), ENTITY)
        if other is None or other.prefix != "و":
            continue
        if _known_town(ctx, other.key):
            name = _name_at(ctx, before[0])
            if name is not None and name[1] == before[1]:
                out.append(Candidate(name[0], name[1], GPE, 0.55, "descriptor"))
    return out


# Verb endings after a و that may be the verb's first root letter (قره باغ وافقت، الخرطوم
# وقعت، X واصلوا): a place before a verb is its subject, not a list.
_VERB_TAILS: Final = ("ت", "وا", "ون", "ان")


def _not_a_verb(ctx: Context, start: int, end: int) -> bool:
    """Is the و-word at `start` (its name ending at `end`) no verb and no lexicon word, and
    does its phrase end at punctuation, في/أمس…, the line end or another conjunct?"""
    if ctx.text[start + 1 : end].endswith(_VERB_TAILS):
        return False
    if ctx.longest(start, ENTITY | TRIGGER | TITLE | ORG_HEAD | NISBA) is not None:
        return False
    nxt = ctx.word_at(end)
    return name_ends(ctx, end) or (nxt is not None and nxt[2][0] == "و" and len(nxt[2]) > 2)


def _known_town(ctx: Context, key: str) -> bool:
    entry = ctx.lexicon.gazetteer.get(key)
    return entry is not None and entry.label is GPE and not entry.needs_context


def _name_at(ctx: Context, pos: int, clitic: str = "") -> tuple[int, int] | None:
    """An unknown one-word place name starting at `pos` (after `clitic`, و in a list) whose
    phrase ends after it, or a hyphenated one (هوت-كوتو)."""
    word = ctx.word_at(pos)
    if word is None or word[0] != pos:
        return None
    ws, we, w = word
    if _DESCRIPTOR_WORD.match(ctx.text, ws):
        return None  # بلدات وقرى: a second descriptor, no name
    if clitic:
        if not w.startswith(clitic) or len(w) <= len(clitic) + 2:
            return None
        ws, w = ws + len(clitic), w[len(clitic) :]
    if not _place_word(ctx, ws, we, w):
        return None
    end = hyphen_tail(ctx, we)
    if not (name_ends(ctx, end) or _ends_here(ctx, end)):
        return None
    return ws, end


def _place_word(ctx: Context, start: int, end: int, word: str) -> bool:
    lex = ctx.lexicon
    if not arabic_word(word) or len(word) < 3 or is_definite(word):
        return False
    if word in _DIRECTIONS or word in lex.first_names or word.endswith(_SUFFIXES):
        return False
    if ctx.hit_in_word(start, ENTITY) is not None:
        return False  # a known place is the gazetteer's
    if name_like(ctx, start, end, word, True):
        return True
    # a transliteration shaped like an imperfect verb (تيلانا), no derived stem or verb ending
    return not word.endswith("ه") and name_like(ctx, start, end, word, True, loose=True)


def _ends_here(ctx: Context, end: int) -> bool:
    """A function word, a compass noun or a coordinated word follows `end`."""
    nxt = ctx.word_at(end)
    if nxt is None:
        return True
    w = nxt[2]
    return w in ctx.lexicon.stopwords or w in _DIRECTIONS or (w[0] == "و" and len(w) > 2)


def _listed(ctx: Context, pos: int) -> list[Candidate]:
    """The names of a list after a plural descriptor: `X وY`, `X، Y وZ`; a known name in
    it is skipped, the list stops at the first word that is no name."""
    out: list[Candidate] = []
    clitic = ""
    while True:
        word = ctx.word_at(pos)
        if word is None:
            break
        known = ctx.hit_in_word(word[0], ENTITY)
        if known is not None and known.prefix == clitic:
            end = known.end
        else:
            name = _name_at(ctx, word[0], clitic)
            if name is None:
                break
            out.append(Candidate(name[0], name[1], GPE, 0.55, "descriptor"))
            end = name[1]
        if clitic:
            break  # وY closes the list
        nxt = ctx.word_at(end)
        if nxt is None:
            break
        if nxt[2] == ",":
            nxt = ctx.word_at(nxt[1])  # X، Y وZ
            if nxt is None:
                break
        elif nxt[2][0] == "و":
            clitic = "و"
        else:
            break
        pos = nxt[0]
    return out
