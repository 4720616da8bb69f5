"""Facilities named by a head word (headed.py finds them): the settlement a base, camp,
checkpoint, depot or market is named after, nested (قاعدة زليكان ⊃ زليكان، سوق لاندي كوتال ⊃
لاندي كوتال), a two-word name kept whole, and the heads that name a facility only with a
name or a genitive of their own (سوق X، مقر هيئة X), not with an adjective or a pronoun
(سوق شعبي، مقر إقامته، مقر قيادتها).
"""

from __future__ import annotations

from typing import Final

from annotate.preannotate.gazetteer import ENTITY, ORG_HEAD, TITLE, TRIGGER, Hit
from annotate.preannotate.headed import PLACE_NAMED
from annotate.preannotate.labels import FAC, GPE, LOC, ORG
from annotate.preannotate.name_words import arabic_word, name_like
from annotate.preannotate.org_words import FACILITY_ADJECTIVES
from annotate.preannotate.places import facility_name
from annotate.preannotate.spans import Candidate, Context, is_definite
from annotate.schema import EntityType

# Installations named after the settlement they stand in, besides headed.PLACE_NAMED (whose
# one-word names headed.py nests itself): a base, a plant, a depot, a checkpoint, a market
# (قاعدة أغاديز، منشأة فوردو، مستودع X للذخيرة، حاجز X، سوق X); not a training camp
# (معسكر X), as often named after a person or a battle.
_MORE_TOWN_NAMED: Final = frozenset(["قاعده", "منشاه", "مستودع", "حاجز", "سوق"])
_TOWN_NAMED: Final = PLACE_NAMED | _MORE_TOWN_NAMED

# A market is a facility only when named (سوق X), a headquarters only with its body's name
# (مقر هيئة الأركان، مقر قيادة الجيش): سوق النفط، مقر إقامته are common nouns.
_MARKET: Final = "سوق"
_SEAT: Final = "مقر"
# Indefinite adjectives of an unnamed market or facility, no name (سوق شعبي، سوق مركزي).
_KIND: Final = frozenset(
    [
        *["شعبي", "مركزي", "رييسي", "تجاري", "محلي", "كبير", "صغير", "قديم", "جديد", "عام"],
        *["مزدحم", "عسكري", "حدودي", "ميداني", "موقت", "سري", "دولي"],
    ]
)
# Pronoun suffixes after the normalised ة (قيادتها، قواتهم); a bare ه is told from the
# ة it normalises like by the raw letter.
_PRONOUNS: Final = ("ها", "هم", "هما")
# Definite adjectives after a facility's name: the kind of installation, not a genitive.
_ADJECTIVES: Final = FACILITY_ADJECTIVES | frozenset(
    ["الجوي", "الجويه", "البحري", "البحريه", "الدولي", "الدوليه", "الاقليمي"]
)


def settle_facilities(
    ctx: Context, headed: list[Candidate], heads: list[tuple[int, int, str]]
) -> list[Candidate]:
    """`headed` without the markets and seats that name no facility, its facilities' two-word
    names kept whole, and the settlements they are named after (GPE, to be nested); a hill
    without its adjectives; the facilities and hills named by a number (`heads`: the head
    hits, تلة ٣٥٠، القاعدة الجوية ٢٠١)."""
    out: list[Candidate] = []
    bodies = {c.start: c for c in headed if c.label is ORG}
    for cand in headed:
        if cand.label in _PLACES and cand.source == "org-head":
            cand.end = _before_a_participle(ctx, cand.start, cand.end)
            cand.end = _person_named(ctx, cand.start, cand.end)
        if cand.label is LOC and cand.source == "org-head":
            if not _described_landform(ctx, cand.start):
                out.append(cand)
            continue
        if cand.label is not FAC or cand.source != "org-head":
            out.append(cand)
            continue
        head = ctx.word_at(cand.start)
        if head is None:
            out.append(cand)
            continue
        _, he, key = head
        if _generic(ctx, key, he, cand.end):
            continue  # مدرسة ابتدائية، مبنى ملحق، ساحة لتصفية الحسابات: no named facility
        if key in _POSTS:
            if _owned_by_a_force(ctx, he, cand.end):
                out.append(cand)  # موقع لحرس الحدود الباكستاني ⊃ the force, nested
                force = bodies.get(he + 2)
                if force is not None and force.end == cand.end:
                    force.score = max(force.score, 0.7)
            continue
        if key == _SEAT:
            if not _seat_of_a_body(ctx, he, cand.end):
                continue
            body = bodies.get(he + 1)
            if body is not None and body.end == cand.end:
                body.score = max(body.score, 0.7)  # مقر القيادة العامة ⊃ the command, nested
        name = _name_after(ctx, he, cand.end)
        if key == _MARKET and name is None and not _known_place_after(ctx, he):
            continue
        out.append(cand)
        cand.end = _direction_after(ctx, cand.end)  # مقر القيادة العسكرية الغربية
        if name is None:
            continue
        ns, ne, two = name
        joined = ne if two else _hyphen_part(ctx, ne)
        if joined > ne and key in _TOWN_NAMED:
            # معبر مارغارا-أليجان الحدودي: a crossing named after two villages nests both
            cand.end = max(cand.end, _adjective_after(ctx, joined))
            out.append(Candidate(ns, ne, GPE, 0.55, "descriptor"))
            out.append(Candidate(ne + 1, joined, GPE, 0.55, "descriptor"))
            continue
        if two and cand.end < ne:
            cand.end = _adjective_after(ctx, ne)  # سوق لاندي كوتال الكبير
        if key in _TOWN_NAMED and (two or key not in PLACE_NAMED):
            out.append(Candidate(ns, ne, GPE, 0.55, "descriptor"))
    out.extend(_numbered(ctx, heads))
    out.extend(_military_posts(ctx, heads))
    return out


# Indefinite adjectives that tell a facility's kind, not which one it is (both genders, and
# the accusative: مبنى ملحقاً).
_GENERIC_ADJECTIVES: Final = frozenset(
    [
        a + g
        for a in (
            *["ابتدايي", "ثانوي", "سكني", "حكومي", "مهجور", "ملحق", "قريب", "مجاور", "شعبي"],
            *["صغير", "كبير", "قديم", "جديد", "خاص", "موقت", "ميداني", "تجاري"],
            *["انساني", "امن"],  # ممر إنساني، ممر آمن: a corridor's kind
        )
        for g in ("", "ه", "ا")
    ]
)
_SQUARE: Final = "ساحه"


def _generic(ctx: Context, key: str, pos: int, end: int) -> bool:
    """Is the facility after its head ([pos, end)) only kind adjectives (مدرسة ابتدائية،
    مبنى ملحق), or a square that is an arena for something (ساحة لتصفية الحسابات)?"""
    words = ctx.text[pos:end].split()
    if not words:
        return False
    if key == _SQUARE and words[0].startswith("ل"):
        return True
    place = ctx.hit_in_word(pos + 1, ENTITY)
    if place is not None and place.prefix == "ب":
        return True  # سجن بغواياكيل: the town it stands in, after a preposition
    return all(w in _GENERIC_ADJECTIVES for w in words)


# An army post (موقع، موقعاً): a facility when military or held by a force, unnamed (موقع
# عسكري، موقعاً عسكرياً، موقع للجيش البنيني); otherwise a site, a position or a website.
_POSTS: Final = frozenset(["موقع", "موقعا"])
_MILITARY: Final = frozenset(["عسكري", "عسكريا"])


def _owned_by_a_force(ctx: Context, pos: int, end: int) -> bool:
    """Is the extent after a post's head ([pos, end)) a ل-genitive naming a body?"""
    word = ctx.word_at(pos)
    if word is None or word[0] != pos + 1 or word[1] > end or word[2][0] != "ل":
        return False
    hit = ctx.hit_in_word(word[0], ENTITY | ORG_HEAD)
    return hit is not None and hit.prefix == "ل"


def _military_posts(ctx: Context, heads: list[tuple[int, int, str]]) -> list[Candidate]:
    out: list[Candidate] = []
    for hs, he, key in heads:
        if key not in _POSTS:
            continue
        word = ctx.word_at(he)
        if word is not None and word[0] == he + 1 and word[2] in _MILITARY:
            out.append(Candidate(hs, word[1], FAC, 0.7, "org-head"))
    return out


_PLACES: Final = frozenset([EntityType.FAC, EntityType.LOC])
# Definite participles that place a site by another (تلة X المشرفة على البلدة، مستشفى X
# المجاور): a relative clause after the name, not part of it.
_LOCATIVES: Final = frozenset(
    [
        *["المشرف", "المشرفه", "المطل", "المطله", "المجاور", "المجاوره", "المحاذي"],
        *["المحاذيه", "الواقع", "الواقعه", "القريب", "القريبه", "المحيط", "المحيطه"],
    ]
)


def _before_a_participle(ctx: Context, start: int, end: int) -> int:
    """`end` without a locative participle ending the site's phrase (X المشرفة)."""
    last = ctx.word_before(end)
    if last is None or last[1] != end or last[0] <= start or last[2] not in _LOCATIVES:
        return end
    before = ctx.word_before(last[0] - 1)
    return before[1] if before is not None and before[1] > start else end


def _person_named(ctx: Context, start: int, end: int) -> int:
    """The end of a site named after a person (مرتفعات شريف سايدونا): a first name right
    after the head, ending the site's extent, and one more name word."""
    head = ctx.word_at(start)
    first = ctx.word_at(head[1]) if head is not None else None
    if first is None or first[1] != end or first[2] not in ctx.lexicon.first_names:
        return end
    second = ctx.word_at(end)
    if second is None or second[0] != end + 1:
        return end
    ws, we, w = second
    if is_definite(w) or ctx.hit_in_word(ws, ENTITY) is not None:
        return end
    return we if name_like(ctx, ws, we, w, False) else end


# Hills and heights named only by an adjective are no names (تلة استراتيجية، تلة مرتفعة).
_LANDFORMS: Final = frozenset(["تله", "مرتفعات"])
_LANDFORM_ADJECTIVES: Final = frozenset(["مرتفعه", "قريبه", "مجاوره", "صغيره", "كبيره", "عاليه"])


def _described_landform(ctx: Context, start: int) -> bool:
    head = ctx.word_at(start)
    if head is None or head[2] not in _LANDFORMS:
        return False
    word = ctx.word_at(head[1])
    if word is None or is_definite(word[2]):
        return False
    return word[2].endswith("يه") or word[2] in _LANDFORM_ADJECTIVES


def _numbered(ctx: Context, heads: list[tuple[int, int, str]]) -> list[Candidate]:
    """A facility or a hill named by a number right after its head (تلة ٣٥٠، القاعدة الجوية
    ٢٠١): the number ends the phrase (punctuation, a function word or the line end)."""
    out: list[Candidate] = []
    for hs, he, key in heads:
        label, _, prior = ctx.lexicon.heads[key]
        if label not in _PLACES:
            continue
        word = ctx.word_at(he)
        if word is None or word[0] != he + 1 or not word[2].isdigit():
            continue
        after = ctx.word_at(word[1])
        if after is None or not after[2].isalnum() or after[2] in ctx.lexicon.stopwords:
            out.append(Candidate(hs, word[1], label, max(prior, 0.8), "org-head"))
    return out


def _name_after(ctx: Context, pos: int, end: int) -> tuple[int, int, bool] | None:
    """The unknown one- or two-word name right after a facility head ending at `pos` (the
    facility reaching `end`): its span and whether it has two words."""
    first = _name_word(ctx, pos)
    if first is None or first[1] > end:
        return None
    second = _name_word(ctx, first[1])
    if second is not None and _phrase_ends(ctx, second[1]):
        return first[0], second[1], True
    after = ctx.word_at(first[1])
    if after is not None and after[0] == first[1] + 1 and _genitive(ctx, after[2]):
        return None  # قاعدة عين الأسد، سد عجز التمويل: a noun and its genitive, no town
    return first[0], first[1], False


def _hyphen_part(ctx: Context, end: int) -> int:
    """The end of a second name joined by a hyphen to the name ending at `end` (مارغارا-أليجان,
    whose أليجان would pass for a definite word), else `end`."""
    if ctx.text[end : end + 1] != "-":
        return end
    word = ctx.word_at(end + 1)
    if word is None or word[0] != end + 1 or len(word[2]) < 3 or not arabic_word(word[2]):
        return end
    return end if ctx.hit_in_word(word[0], ENTITY | TRIGGER) is not None else word[1]


def _name_word(ctx: Context, pos: int) -> tuple[int, int] | None:
    """An unknown indefinite name-like word starting one space after `pos`."""
    word = ctx.word_at(pos)
    if word is None or word[0] != pos + 1:
        return None
    ws, we, w = word
    if is_definite(w) or w in _KIND or w in ctx.lexicon.first_names or w in ctx.lexicon.nisba:
        return None
    if w.endswith(_PRONOUNS) or w.startswith("لل") or ctx.hit_in_word(ws, ENTITY) is not None:
        return None
    if not facility_name(ctx, ws, w) or not name_like(ctx, ws, we, w, False, loose=True):
        return None
    return ws, we


def _genitive(ctx: Context, word: str) -> bool:
    return is_definite(word) and word not in _ADJECTIVES and word not in ctx.lexicon.nisba


def _phrase_ends(ctx: Context, end: int) -> bool:
    """Does the phrase end at `end`: punctuation, the line end, a function word, a
    facility adjective or a ل-genitive follows?"""
    word = ctx.word_at(end)
    if word is None or not word[2].isalnum():
        return True
    w = word[2]
    if w in ctx.lexicon.stopwords or w in _ADJECTIVES:
        return True
    return w.startswith("لل") or ctx.hit_in_word(word[0], TRIGGER | TITLE | ORG_HEAD) is not None


def _adjective_after(ctx: Context, end: int) -> int:
    word = ctx.word_at(end)
    if word is not None and word[0] == end + 1 and word[2] in _ADJECTIVES:
        return word[1]
    return end


# A direction nisba that tells one of a kind of facility or command from another.
_DIRECTIONS: Final = frozenset(
    [
        *["الشمالي", "الجنوبي", "الشرقي", "الغربي", "الاوسط"],
        *["الشماليه", "الجنوبيه", "الشرقيه", "الغربيه", "الوسطي"],
    ]
)


def _direction_after(ctx: Context, end: int) -> int:
    """The end of a definite direction nisba right after a facility ending in a definite
    word (مقر القيادة العسكرية | الغربية), else `end`."""
    last = ctx.word_before(end)
    word = ctx.word_at(end)
    if last is None or not is_definite(last[2]) or word is None or word[0] != end + 1:
        return end
    return word[1] if word[2] in _DIRECTIONS else end


def _known_place_after(ctx: Context, pos: int) -> bool:
    """Is the word after `pos` a known place (سوق الفاشر الكبير، سوق أبيي)?"""
    word = ctx.word_at(pos)
    if word is None or word[0] != pos + 1:
        return False
    hit = ctx.hit_in_word(word[0], ENTITY)
    if hit is None or hit.prefix:
        return False
    entry = ctx.lexicon.gazetteer.get(hit.key)
    return entry is not None and entry.label in (GPE, LOC)


def _seat_of_a_body(ctx: Context, pos: int, end: int) -> bool:
    """Does the seat's genitive name a body: a definite noun or an indefinite construct noun
    before a definite one (مقر قيادة الجيش), no pronoun-suffixed word anywhere in it?"""
    word = ctx.word_at(pos)
    if word is None or word[0] != pos + 1 or word[1] > end:
        return False
    if _possessed(ctx, pos, end):
        return False  # مقر إقامته، مقر قيادتها
    if is_definite(word[2]) or ctx.hit_in_word(word[0], ENTITY) is not None:
        return True
    nxt = ctx.word_at(word[1])
    return (
        nxt is not None
        and nxt[1] <= end
        and is_definite(nxt[2])
        and nxt[2] not in ctx.lexicon.nisba
    )


def _possessed(ctx: Context, pos: int, end: int) -> bool:
    """Does a word in [pos, end) carry a pronoun suffix (إقامته، قيادتها)?"""
    word = ctx.word_at(pos)
    while word is not None and word[1] <= end:
        if word[2].endswith(_PRONOUNS) or ctx.raw_char(word[1] - 1) == "\N{ARABIC LETTER HEH}":
            return True
        word = ctx.word_at(word[1])
    return False


# Known installations named after their town (معبر نصيب، مخيم الهول، سد تربيلا); not airports,
# often named after a person or a district (مطار رامون، مطار هيثرو).
_KNOWN_TOWN_NAMED: Final = PLACE_NAMED - {"مطار"}


def town_of(ctx: Context, hit: Hit) -> list[Candidate]:
    """The town a known crossing, camp or dam is named after (معبر نصيب): the one indefinite
    word after its head, nested, when it is no other lexicon name."""
    head, _, rest = hit.key.partition(" ")
    if head not in _KNOWN_TOWN_NAMED or " " in rest or is_definite(rest) or len(rest) < 3:
        return []
    start = hit.end - len(rest)
    if ctx.text[start : hit.end] != rest:
        return []
    inner = ctx.hit_in_word(start, ENTITY)
    if inner not in (None, hit) and not _the_town(ctx, inner, hit.end):
        return []  # another name, not a town (a town the gazetteer holds is: معبر شامان)
    return [Candidate(start, hit.end, GPE, 0.85, "descriptor")]


def _the_town(ctx: Context, inner: Hit | None, end: int) -> bool:
    """Is `inner` a known GPE ending where the installation's name ends (معبر | شامان)?"""
    entry = ctx.lexicon.gazetteer.get(inner.key) if inner is not None else None
    return inner is not None and inner.end == end and entry is not None and entry.label is GPE
