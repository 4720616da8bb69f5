"""Unknown place names: the word after a place descriptor (قرية X، بلدة الX), a
transliterated name shaped like a verb, a two-word name, the name after an installation
head, and every other mention of a place first found after its descriptor.
"""

from __future__ import annotations

from typing import Final

from annotate.preannotate.gazetteer import ENTITY, NISBA, ORG_HEAD, TITLE, TRIGGER
from annotate.preannotate.labels import GPE
from annotate.preannotate.name_words import NOT_SURNAMES, arabic_word, name_like
from annotate.preannotate.names import hyphen_tail
from annotate.preannotate.org_words import ADJECTIVES, ANAPHORA, FACILITY_ADJECTIVES
from annotate.preannotate.spans import Candidate, Context, is_definite
from annotate.schema import EntityType

_GPE_LOC: Final = (EntityType.GPE, EntityType.LOC)


def place_at(ctx: Context, pos: int, labels: tuple[EntityType, ...] = _GPE_LOC) -> int | None:
    """The end of a known place of `labels` starting the next word (no proclitic), if any."""
    word = ctx.word_at(pos)
    if word is None:
        return None
    hit = ctx.hit_in_word(word[0], ENTITY)
    if hit is None or hit.prefix:
        return None
    entry = ctx.lexicon.gazetteer.get(hit.key)
    if entry is None or entry.label not in labels:
        return None
    return hit.end


def facility_name(ctx: Context, start: int, word: str) -> bool:
    """A facility head (مطار، ميناء، معبر) is followed by its name, whatever its shape: any
    Arabic word that is not a function word, a value word or another lexicon word."""
    lex = ctx.lexicon
    if len(word) < 3 or not all("\u0621" <= c <= "\u064a" for c in word):
        return False
    if word in lex.stopwords or word in lex.value_words or word in lex.months:
        return False
    if word in ANAPHORA:
        return False  # مستشفى المدينة: the town of the story
    return ctx.hit_in_word(start, TRIGGER | ORG_HEAD | TITLE | NISBA) is None


# Descriptors of settlements whose names are often definite (بلدة الشحيل، قرية الطيبة);
# after منطقة or إقليم a definite noun is usually a common one (منطقة الحدود).
VILLAGE_DESCRIPTORS: Final = frozenset(["قريه", "بلده", "مدينه", "ناحيه", "عزله"])


def rank(ctx: Context, start: int) -> bool:
    titles = ctx.lexicon.titles
    return any(
        hit.kinds & TITLE and not hit.prefix and titles[hit.key][1] == "rank"
        for hit in ctx.hits_at.get(start, ())
    )


def definite_next(ctx: Context, pos: int) -> bool:
    word = ctx.word_at(pos)
    return word is not None and is_definite(word[2])


def place_after(ctx: Context, pos: int, definite_ok: bool = False) -> tuple[int, int] | None:
    """An unknown name-like word right after a place descriptor (قرية دجانياتاغ), or after a
    settlement descriptor a definite one (بلدة الشحيل) that is no lexicon word."""
    word = ctx.word_at(pos)
    if word is None:
        return None
    ws, we, w = word
    if ctx.hit_in_word(ws, ENTITY) is not None or w in _DESCRIPTIVE:
        return None  # مدينة أخرى، مخيم مجاور: an adjective, no name
    if definite_ok and is_definite(w) and _definite_place(ctx, ws, w):
        return ws, we
    if w.startswith(_VERB_STEMS) and len(w) >= 5:
        return None  # قرية تستضيف النازحين: a derived verb stem, not a name
    if len(w) == 3 and w[0] in "يت" and w not in ctx.lexicon.first_names:
        return None  # منطقة تقع، ميليشيا محلية تضم: a short imperfect verb
    if (
        not name_like(ctx, ws, we, w, True)
        and not _foreign_place(ctx, ws, w)
        and not _french_place(ctx, ws, we, w)
    ):
        return None
    if w in ctx.lexicon.first_names:
        return None
    second = _second_name_word(ctx, we)
    if second == we and definite_ok:
        second = _definite_second_word(ctx, we)
    return ws, second


# Indefinite adjectives of a settlement that pass for name words (the feminine ones end in
# ة, which no name word does): another, nearby, far, small, big, new, border, coastal.
_DESCRIPTIVE: Final = frozenset(
    [
        *["اخري", "اخر", "مجاور", "قريب", "بعيد", "صغير", "كبير", "جديد", "واحد", "نايي"],
        *["حدودي", "ساحلي", "جبلي", "ريفي", "شمالي", "جنوبي", "شرقي", "غربي"],
    ]
)


# Inflectional endings of verbs (a long ت/ي/ن-initial word with them is a verb: تستهدفها).
_VERB_ENDINGS: Final = ("ون", "وا", "ها", "هم", "هما", "نا", "كم", "ان")


_VERB_STEMS: Final = ("تست", "يست", "نست", "تت", "يت", "نت")


def _foreign_place(ctx: Context, start: int, word: str) -> bool:
    """A long transliterated place name shaped like an imperfect verb (تينزاواتين، نيانقور)
    after a place descriptor: six letters or more, no verb ending, no lexicon word."""
    if len(word) < 6 or word[0] not in "يتن" or word.endswith(_VERB_ENDINGS):
        return False
    if word.startswith(_VERB_STEMS):
        return False  # تستضيف، يتواجد: the derived verb stems
    if not all("\u0621" <= c <= "\u064a" for c in word) or word in ctx.lexicon.stopwords:
        return False
    return ctx.hit_in_word(start, ENTITY | TRIGGER | TITLE | ORG_HEAD | NISBA) is None


def _french_place(ctx: Context, start: int, end: int, word: str) -> bool:
    """A transliterated name in -ié written with a final ه, not the ة of a feminine noun or
    adjective (بلدة ميريباليه، إقليم بريدنيستروفيه; not قرية حدودية): five letters or more,
    no lexicon word."""
    if len(word) < 5 or not word.endswith("يه") or not arabic_word(word):
        return False
    if ctx.raw_char(end - 1) != "\N{ARABIC LETTER HEH}" or word in ctx.lexicon.stopwords:
        return False
    return ctx.hit_in_word(start, ENTITY | TRIGGER | TITLE | ORG_HEAD | NISBA) is None


_DIRECTIONS: Final = frozenset(
    [*["شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"], "قرب", "بين"]
)


def _second_name_word(ctx: Context, end: int) -> int:
    """The end of a place name of two or three words (بولو مرير، كوك تاش، داتو ساودي
    أمباتوان، نورتي دي سانتاندر) or joined by a hyphen (دياكاي-باتا): more name-like words
    after which the phrase ends (punctuation, a function word, a direction, an adjective of
    the settlement or a prepositional phrase follows), else `end`."""
    best = end = hyphen_tail(ctx, end)
    for _ in range(2):
        word = ctx.word_at(end)
        if word is None or word[0] != end + 1:
            break
        particle = word[2] in _CONNECTORS
        if particle:  # a Spanish or Portuguese name: نورتي دي سانتاندر، X ديل نورتي
            particle_end = word[1]
            word = ctx.word_at(particle_end)
            if word is None or word[0] != particle_end + 1:
                break
        ws, we, w = word
        if w in _DIRECTIONS or w in ctx.lexicon.first_names or w[0] == "و":
            break  # a coordinated word (بلدة X وأحرقت) starts the next phrase
        if not name_like(ctx, ws, we, w, False, loose=particle):
            break
        end = hyphen_tail(ctx, we)
        if _phrase_ends(ctx, end):
            best = end
    return best


# The particles of Spanish, Portuguese and French place names (نورتي دي سانتاندر، ساو تومي
# دو سول)
_CONNECTORS: Final = frozenset(["دي", "ديل", "دو", "دا", "دوس"])


def _phrase_ends(ctx: Context, end: int) -> bool:
    after = ctx.word_at(end)
    if after is None or not after[2].isalnum():
        return True
    w = after[2]
    if w in ctx.lexicon.stopwords or w in _DIRECTIONS or w in FACILITY_ADJECTIVES:
        return True  # قرية كوك تاش الحدودية
    # a preposition and its noun (قرب قرية X Y لهجوم، بلدة X Y بولاية)
    return w[0] in "لب" and len(w) > 4 and not name_like(ctx, after[0], after[1], w, False)


def _definite_second_word(ctx: Context, end: int) -> int:
    """The end of a definite second word of a settlement's name (بلدة برج الشمالي، بلدة جباتا
    الخشب): no lexicon or feminine word (an adjective of the descriptor: الحدودية), and the
    phrase ends after it (punctuation, a function word or a direction follows), else `end`."""
    word = ctx.word_at(end)
    if word is None or word[0] != end + 1:
        return end
    ws, we, w = word
    if not is_definite(w) or w.endswith(("ه", "ات", "ين", "ون")) or w in ctx.lexicon.nisba:
        return end
    if w in NOT_SURNAMES and w not in _DIRECTION_NISBAS:
        return end
    if not _definite_place(ctx, ws, w) or ctx.hit_in_word(ws, ENTITY) is not None:
        return end
    after = ctx.word_at(we)
    if after is None or not after[2].isalnum():
        return we
    return we if after[2] in ctx.lexicon.stopwords or after[2] in _DIRECTIONS else end


# A direction adjective that names one of two places (برج الشمالي، كفر الغربي)
_DIRECTION_NISBAS: Final = frozenset(["الشمالي", "الجنوبي", "الشرقي", "الغربي"])


def _definite_place(ctx: Context, start: int, word: str) -> bool:
    lex = ctx.lexicon
    if len(word) < 5 or not all("\u0621" <= c <= "\u064a" for c in word):
        return False
    if word in lex.stopwords or word in lex.value_words or word in ANAPHORA:
        return False
    if word in ADJECTIVES or word in FACILITY_ADJECTIVES:
        return False
    return ctx.hit_in_word(start, TRIGGER | TITLE | ORG_HEAD | NISBA) is None


_PLACE_CLITICS: Final = frozenset(["", "و", "ب", "ل", "ف", "وب", "ول", "وف"])


def propagate_places(ctx: Context, places: list[Candidate]) -> list[Candidate]:
    """Every other mention of a place name first found after a descriptor (بلدة تينزاواتين
    … قرب تينزاواتين), a proclitic before it left out."""
    return [
        Candidate(i, j, GPE, 0.55, "propagated")
        for form in {ctx.text[c.start : c.end] for c in places}
        for _, i, j in ctx.mentions_of(form, _PLACE_CLITICS)
    ]


_REPUBLIC: Final = "جمهوريه"


def qualified_places(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Known places with the word that completes their name: a country or de-facto state
    after جمهورية (جمهورية توغو، جمهورية أوسيتيا الجنوبية، لجمهورية X without the ل), as the
    gazetteer writes the official names it holds (جمهورية أذربيجان), and the direction that
    names a province after it (ماغينداناو الجنوبية، ماغوينداناو ديل نورتي)."""
    out: list[Candidate] = []
    for cand in cands:
        if cand.label is not GPE or cand.source != "gazetteer":
            continue
        before = ctx.word_before(cand.start)
        # after its descriptor the adjective is the descriptor's (بلدة تيساليت | الشمالية)
        end = cand.end if _descriptor(ctx, before) else _direction_of_name(ctx, cand.end)
        if end > cand.end:
            out.append(Candidate(cand.start, end, GPE, cand.score, "gazetteer"))
        if before is None or before[1] != cand.start - 1 or not before[2].endswith(_REPUBLIC):
            continue
        start = before[1] - len(_REPUBLIC)
        if before[2] != _REPUBLIC and before[2][: -len(_REPUBLIC)] not in _PLACE_CLITICS:
            continue
        out.append(Candidate(start, end, GPE, cand.score, "gazetteer"))
    return out


def _descriptor(ctx: Context, word: tuple[int, int, str] | None) -> bool:
    """Is `word` a place descriptor (بلدة، مدينة، إقليم), a proclitic before it allowed?"""
    if word is None:
        return False
    hit = ctx.hit_in_word(word[0], ORG_HEAD)
    return hit is not None and ctx.lexicon.heads[hit.key][0] is GPE


# A province named after the part of a larger one: a feminine direction adjective right after
# the place (ماغينداناو الجنوبية، كيفو الشمالية) or a Spanish one (ماغوينداناو ديل نورتي).
# After ريف the adjective is the countryside's (ريف إدلب الجنوبي), masculine.
_NAME_DIRECTIONS: Final = frozenset(["الشماليه", "الجنوبيه", "الشرقيه", "الغربيه", "الوسطي"])
_SPANISH_DIRECTIONS: Final = frozenset(["نورتي", "سور"])


def _direction_of_name(ctx: Context, end: int) -> int:
    word = ctx.word_at(end)
    if word is None or word[0] != end + 1:
        return end
    if word[2] in _NAME_DIRECTIONS:
        return word[1]
    if word[2] in ("ديل", "دل"):
        nxt = ctx.word_at(word[1])
        if nxt is not None and nxt[0] == word[1] + 1 and nxt[2] in _SPANISH_DIRECTIONS:
            return nxt[1]
    return end


# Place names that are also locative participles (المطلة: Metula, "overlooking"): before على
# they qualify the noun before them (التلال المطلة على العاصمة), no place.
_OVERLOOKING: Final = frozenset(["المطله", "المطل", "المشرفه", "المشرف"])


def overlooking(ctx: Context, key: str, end: int) -> bool:
    """Is the place name `key` ending at `end` a participle before على?"""
    if key not in _OVERLOOKING:
        return False
    word = ctx.word_at(end)
    return word is not None and word[0] == end + 1 and word[2] == "علي"
