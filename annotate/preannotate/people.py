"""Persons and titles: `TITLE modifiers* ،? NAME{1,2}`, apposition `NAME NAME، TITLE`,
a known first name followed by a name-like word, and document-level propagation of the
names found (a surname alone after its full name).

A title with its modifiers (ministry, nisba adjective, a GPE/ORG/NORP or a headed name, an
ل-genitive, باسم X) is an OCC; the name after it is a PER. A relational noun (نظيره) cues the
name but is no OCC. A name word is an Arabic word that is not a stopword, not definite, not a
lexicon word of another kind (trigger, title, ORG head, nisba, value word), not a
feminine/plural common-noun shape, not an imperfect verb shape, and not a known place or
organisation. A known full name (the gazetteer's) is taken as it is, never extended.
"""

from __future__ import annotations

import re
from typing import Final

from annotate.preannotate.gazetteer import TITLE, TRIGGER
from annotate.preannotate.labels import GPE, OCC, PER
from annotate.preannotate.name_words import (
    ALEF_MAKSURA,
    AMIR,
    definite_surname,
    given_amir,
    name_like,
)
from annotate.preannotate.names import (
    MAX_NAME,
    NAME_LINKS,
    closed_name,
    compound_part,
    hyphen_tail,
    junior_end,
    known_person,
    name_after,
)
from annotate.preannotate.posts import (
    DEPUTIES,
    PARENTHESIS,
    PLACE_TITLES,
    PLURAL_POSTS,
    complete_post,
    coordinated_places,
    described_place,
    modifiers_end,
    past_place_phrase,
    rank_at,
)
from annotate.preannotate.spans import Candidate, Context, is_definite


def find_people(
    ctx: Context, title_hits: list[tuple[int, int, str]], headed: dict[int, int]
) -> list[Candidate]:
    """OCC and PER candidates from title patterns and apposition."""
    out: list[Candidate] = []
    titles = ctx.lexicon.titles
    title_at = {ts: (te, key) for ts, te, key in title_hits}
    for ts, te, key in title_hits:
        prior, kind = titles[key]
        if key == AMIR and ctx.text[ts:te] == AMIR and given_amir(ctx, te):
            continue  # أمير خان: a given name, not the title
        nxt = ctx.word_at(te)
        inner = title_at.get(nxt[0]) if nxt is not None and key in DEPUTIES else None
        if inner is not None:
            # نائب وزير الخارجية: a deputy of a post is one OCC; the post names the person
            end = modifiers_end(ctx, inner[0], inner[1], headed)
            if (place := described_place(ctx, inner[0], end)) is not None:
                end = max(end, place[1])  # نائب محافظ مقاطعة X
                out.append(Candidate(place[0], place[1], GPE, 0.6, "title-place"))
            out.append(Candidate(ts, end, OCC, prior * 0.9, "title"))
            continue
        last = ctx.word_before(te)
        body = headed.get(last[0], 0) if last is not None else 0
        # رئيس حكومة تصريف الأعمال: the body that ends the title takes a genitive
        occ_end = modifiers_end(ctx, max(te, body), key, headed)
        occ_end = _before_an_honorific(ctx, te, occ_end)
        if key.startswith(PLURAL_POSTS) and occ_end > te:
            occ_end = coordinated_places(ctx, occ_end)
        if occ_end > te and (place := described_place(ctx, te, occ_end)) is not None:
            # نائب محافظ مقاطعة X، مفوض مقاطعة X: the place after a descriptor in the post
            occ_end = max(occ_end, place[1])
            out.append(Candidate(place[0], place[1], GPE, 0.6, "title-place"))
        pos = past_place_phrase(ctx, occ_end) if kind != "rel" else occ_end
        if ctx.text.startswith(" (", pos) and (abbr := PARENTHESIS.match(ctx.text, pos)):
            pos = abbr.end()  # الناطق باسم القوة الدولية (اليونيفيل) أندريا تيننتي
        nxt = ctx.word_at(pos)
        if nxt is not None and nxt[2] == ",":
            pos = nxt[1]
        name = name_after(ctx, pos)
        closed = closed_name(ctx, pos)
        if closed is not None and (
            name is None
            or (name[0] == closed[0] < name[1] < closed[1] and known_person(ctx, name[0]) != name)
        ):
            name = closed
        if name is not None and key in PLACE_TITLES and pos == occ_end == te:
            first = ctx.word_at(name[0])
            if first is not None and first[2] not in ctx.lexicon.first_names:
                # رئيس بلدية كفر كلا: the town of a mayor or a governor, not a person
                out.append(Candidate(ts, name[1], OCC, prior * 0.9, "title"))
                out.append(Candidate(name[0], name[1], GPE, 0.6, "title-place"))
                continue
        stacked = name is None and nxt is not None and rank_at(ctx, nxt[0])
        complete = complete_post(key)  # قائد المجلس العسكري: no modifier or name needed
        if kind != "rel" and (occ_end > te or kind == "0" or name or stacked or complete):
            # stacked: a post then the holder's rank (رئيس المجلس العسكري | الجنرال X)
            out.append(Candidate(ts, occ_end, OCC, prior * 0.9, "title"))
        if name is not None:
            end = junior_end(ctx, name[0], name[1])  # جورج بوش الابن
            out.append(Candidate(name[0], end, PER, 0.85, "title+name"))
            continue
        appo = _name_before(ctx, ts)
        if appo is not None:
            out.append(Candidate(appo[0], appo[1], PER, 0.8, "apposition"))
    return out


# Titles that stand before a holder's name and are never the genitive of a post before them:
# a diplomat's rank (مساعد وزير الخارجية | السفير X) and the honorifics (وزير الخارجية | السيد X).
_HONORIFICS: Final = frozenset(["السفير", "السفيره", "السيد", "السيده"])


def _before_an_honorific(ctx: Context, start: int, end: int) -> int:
    """The end of a post's modifiers between `start` and `end`, cut before an honorific or a
    diplomat's rank that the modifiers took as a genitive when a name follows it (وزير
    الخارجية | السيد X)."""
    last = start
    word = ctx.word_at(start)
    while word is not None and word[1] <= end:
        if word[2] in _HONORIFICS and word[0] > start:
            nxt = ctx.word_at(word[1])
            if nxt is not None and name_like(ctx, nxt[0], nxt[1], nxt[2], True):
                return last  # a name follows: مكتب السفير إن is still a genitive
        last = word[1]
        word = ctx.word_at(last)
    return end


def _name_before(ctx: Context, pos: int) -> tuple[int, int] | None:
    """Apposition `NAME NAME، TITLE`: the two name words before the comma at `pos`."""
    comma = ctx.word_before(pos)
    if comma is None or comma[2] != ",":
        return None
    words: list[tuple[int, int, str]] = []
    at = comma[0]
    while len(words) < 2:
        word = ctx.word_before(at)
        if word is None or not name_like(ctx, word[0], word[1], word[2], False):
            break
        words.append(word)
        at = word[0]
    if len(words) < 2 and not (words and words[0][2] in ctx.lexicon.first_names):
        return None
    return (words[-1][0], words[0][1]) if words else None


def find_first_names(ctx: Context, starts: list[int]) -> list[Candidate]:
    """A known first name followed by at least one name-like word."""
    out: list[Candidate] = []
    for start in starts:
        word = ctx.word_at(start)
        if word is None or not name_like(ctx, word[0], word[1], word[2], True):
            continue
        first_end, first = hyphen_tail(ctx, word[1]), word[2]  # جان-ماري
        nxt = ctx.word_at(first_end)
        if first in ("عبد", "ابو") and nxt is not None and compound_part(ctx, first, nxt):
            first_end, first = nxt[1], f"{first} {nxt[2]}"  # عبد العزيز الحلو
        rest = name_after(ctx, first_end, limit=MAX_NAME - 1, first_name=first)
        if rest is not None:
            before = ctx.word_before(start)
            if before is not None and before[2] in ("ابو", "ام") and before[1] + 1 == start:
                start = before[0]  # a kunya: أبو محمد الجولاني
            end = junior_end(ctx, start, rest[1])
            out.append(Candidate(start, end, PER, 0.75, "first-name"))
    return out


# A kunya with a nisba family name: أبو بكر البغدادي، أبو محمد الجولاني (normalised text).
_KUNYA: Final = re.compile(r"(?<!\w)(?:[وف])?(ابو|ام) (\w{3,}) (ال\w{3,}ي)(?!\w)")


def find_kunyas(ctx: Context) -> list[Candidate]:
    """`أبو X الـY-ي`: a nom de guerre, a PER without a title or a known first name."""
    out: list[Candidate] = []
    for m in _KUNYA.finditer(ctx.text):
        middle, last = m.group(2), m.group(3)
        if is_definite(middle) or not compound_part(
            ctx, m.group(1), (m.start(2), m.end(2), middle)
        ):
            continue
        if definite_surname(ctx, m.start(3), m.end(3), last, True):
            out.append(Candidate(m.start(1), m.end(3), PER, 0.75, "kunya"))
    return out


# the proclitic strings a later mention of a person may carry
_PERSON_CLITICS: Final = frozenset(["", "و", "ب", "ل", "ف", "وب", "ول", "ك"])


# A nickname after a person's name: `X، المعروف ب"Y"`, `X الملقب بلقب "Y"` (normalised text:
# guillemets become ", the comma ,).
_NICKNAME: Final = re.compile(
    r'[ \t]*,?[ \t]*(?:ال)?(?:معروف|ملقب)[ \t]+(?:بلقب[ \t]+|باسم[ \t]+|ب)"'
)


def nicknames(ctx: Context, people: list[Candidate]) -> list[Candidate]:
    """The quoted nickname (one to three words) after each person's name, a second PER."""
    out: list[Candidate] = []
    for cand in people:
        m = _NICKNAME.match(ctx.text, cand.end)
        if m is None:
            continue
        close = ctx.text.find('"', m.end(), m.end() + 40)
        inside = ctx.text[m.end() : close]
        if close > m.end() and 0 < len(inside.split()) <= 3 and "\n" not in inside:
            out.append(Candidate(m.end(), close, PER, 0.8, "nickname"))
    return out


def propagate(ctx: Context, people: list[Candidate]) -> list[Candidate]:
    """Every later mention of a found person's full name or surname (>= 4 letters), and the
    quoted nickname after a name."""
    people = people + nicknames(ctx, people)
    forms: dict[str, float] = {}
    for cand in people:
        full = ctx.text[cand.start : cand.end]
        forms.setdefault(full, 0.8)
        words = full.split()
        last = words[-1]
        if len(words) >= 3 and words[-2] in NAME_LINKS:
            last = " ".join(words[-2:])  # عبد السلام، آل ثاني: never السلام alone
        if len(last) >= 3 and last not in ctx.lexicon.stopwords and last != full:
            forms.setdefault(last, 0.7)
    return [
        Candidate(i, j, PER, score, "propagated")
        for form, score in forms.items()
        for ws, i, j in ctx.mentions_of(form, _PERSON_CLITICS)
        if (not is_definite(form) or _starts_a_phrase(ctx, ws))
        and (len(form) >= 4 or _after_title_or_verb(ctx, ws))
        and not (form[-1] == "ي" and ctx.raw_char(j - 1) == ALEF_MAKSURA)
    ]


def _after_title_or_verb(ctx: Context, pos: int) -> bool:
    """A three-letter surname is often a common word too (عون، بري، نمر): it names the person
    only where nothing else could stand, right after a title or an event verb (الرئيس عون،
    وقال عون)."""
    before = ctx.word_before(pos)
    return before is not None and any(
        hit.end == before[1] and hit.kinds & (TRIGGER | TITLE)
        for offset in (0, 1, 2)
        for hit in ctx.hits_at.get(before[0] + offset, ())
    )


def _starts_a_phrase(ctx: Context, pos: int) -> bool:
    """Can a definite surname (الأنصاري) stand at `pos` as a name and not as the genitive or
    adjective of the word before it? After punctuation, a function word, a verb or a title."""
    before = ctx.word_before(pos)
    if before is None or not before[2].isalnum() or before[2] in ctx.lexicon.stopwords:
        return True
    return _after_title_or_verb(ctx, pos)
