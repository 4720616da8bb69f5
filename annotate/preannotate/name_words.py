"""Could a word be part of a personal name? The shape tests shared by titles, first names
and the places and bodies named after people: not a stopword, a lexicon word of another
kind, a verb shape or a common-noun shape; the given name أمير; definite family names.
"""

from __future__ import annotations

from typing import Final

from annotate.preannotate.gazetteer import ENTITY, NISBA, ORG_HEAD, TITLE, TRIGGER
from annotate.preannotate.labels import PER
from annotate.preannotate.spans import Context, is_definite
from annotate.schema import EntityType

# Definite adjectives ending in ي that follow names in news but are not surnames.
NOT_SURNAMES: Final = frozenset(
    [
        *["الماضي", "الحالي", "الثاني", "التالي", "الجاري", "الدولي", "الامني", "العسكري"],
        *["السياسي", "الرسمي", "الاقليمي", "الاممي", "الرياسي", "الحكومي", "الشعبي", "الوطني"],
        *["المحلي", "الميداني", "الانساني", "الصحفي", "الهاتفي", "الدبلوماسي", "النهايي"],
        *["الفعلي", "العلني", "الفوري", "الجوي", "البحري", "البري", "الاسلامي", "العربي"],
        *["الغربي", "الشرقي", "الجنوبي", "الشمالي", "المدني", "الثنايي", "الثلاثي", "الجماعي"],
        *["القانوني", "الاساسي", "الحقيقي", "الاعلامي", "الاجنبي", "الشخصي", "الصحي", "الامامي"],
    ]
)


OCC_WORDS: Final = frozenset(
    [
        *[
            "السابق",
            "السابقه",
            "الحالي",
            "العام",
            "الاعلي",
            "الخاص",
            "الدايم",
            "الاول",
            "الرسمي",
            "المنتهيه",
            "المنتهي",
        ],
        *["الموقت", "الانتقالي", "الجديد", "القومي", "السياسي", "التنفيذي"],
        *["الاسبق", "الاسبقه", "المكلف", "المكلفه"],
        # the holder's or the body's standing: السفير المتقاعد، المتحدث باسم الجناح المنشق
        *[
            f"{stem}{end}"
            for stem in ("المتقاعد", "المنشق", "المتمرد", "المعزول", "المستقيل")
            for end in ("", "ه")
        ],
    ]
)


ALEF_MAKSURA: Final = "\N{ARABIC LETTER ALEF MAKSURA}"


GROUP_LABELS: Final = (EntityType.GPE, EntityType.ORG, EntityType.NORP)


# Indefinite adjectives that follow a title (قائد ميداني): the definite ones without ال.
_ADJECTIVES: Final = frozenset(
    [
        *["ميداني", "عسكري", "امني", "سياسي", "رسمي", "حكومي", "محلي", "دبلوماسي", "اممي"],
        *["اعلامي", "صحفي", "اقليمي", "دولي", "غربي", "عربي", "اوروبي", "امريكي", "اجنبي"],
        *["رفيع", "كبير", "بارز", "سابق", "مسلح", "انساني", "طبي", "قضايي", "برلماني"],
    ]
)


_PREPOSITIONS: Final = frozenset(["\N{ARABIC LETTER BEH}", "\N{ARABIC LETTER LAM}"])


# Endings of transliterated Slavic, Armenian and Georgian surnames, never of a verb.
_FOREIGN_ENDINGS: Final = ("وف", "يف", "سكي", "ينكو", "يتش", "يان", "وفا", "يفا", "شفيلي")


def _governed(ctx: Context, start: int, rest: str) -> bool:
    """Is `rest`, after a preposition ب/ل at `start`, a function word (أي، هذا: not the
    أم/ام of لام، a name) or a verbal noun with a pronoun suffix (تسليمه، إبلاغها)?"""
    if rest in ctx.lexicon.stopwords:
        return len(rest) >= 3 or ctx.raw_char(start + 1) in _HAMZA_ALEFS
    for suffix in ("هما", "هم", "ها", "ه"):
        if rest.endswith(suffix):
            stem = rest[: -len(suffix)]
            return _masdar(stem) or (len(stem) == 5 and stem[0] == "ت" and stem[3] == "ي")
    return False


_HAMZA_ALEFS: Final = frozenset(
    ["\N{ARABIC LETTER ALEF WITH HAMZA ABOVE}", "\N{ARABIC LETTER ALEF WITH HAMZA BELOW}"]
)


def _masdar(word: str) -> bool:
    """The إفعال masdar shape (اجراء، افراج، اطلاق), hamza and alef forms normalised."""
    return len(word) == 5 and word[0] == "ا" and word[3] == "ا"


def tanween_fath(ctx: Context, end: int) -> bool:
    """Does the raw word ending at normalised `end` (on a final alef) carry tanween fath,
    after the alef (مجدداً) or on the letter before it (مجددًا)?"""
    norm = ctx.norm
    lo = norm.to_raw(end - 2) if end >= 2 else 0
    return "\N{ARABIC FATHATAN}" in norm.raw[lo : norm.to_raw(end - 1) + 2]


def arabic_word(word: str) -> bool:
    return len(word) >= 2 and all("\u0621" <= c <= "\u064a" for c in word)


def name_like(
    ctx: Context, start: int, end: int, word: str, first: bool, loose: bool = False
) -> bool:
    """Could this word be part of a personal name? `loose`: in a title's name slot whose end
    is marked, also a verb-shaped (تيريز) or ة-final (بوريطة) transliterated word."""
    lex = ctx.lexicon
    if word == "علي" and first:
        # على normalises to علي: the raw letter tells the name from the preposition
        return ctx.raw_char(end - 1) != ALEF_MAKSURA and not any(
            hit.kinds & (TRIGGER | TITLE) for hit in ctx.hits_at.get(start, ())
        )
    if not arabic_word(word) or word in lex.stopwords or word in lex.value_words:
        return False
    if word in lex.months or word in lex.weekdays:
        return False
    if is_definite(word) and word not in lex.first_names:
        return False  # not ألكسندر، أليكسي: foreign first names that look definite
    if word in _ADJECTIVES:
        return False  # قائد ميداني، مسؤول عسكري: an adjective after a title
    if word[0] in _PREPOSITIONS and (is_definite(word[1:]) or _masdar(word[1:])):
        return False  # طالب زعيم المعارضة بإجراء تحقيق: a preposition and its noun
    if word.startswith("لل") and len(word) > 4:
        return False  # ل + the article (للمدنيين): a preposition and its definite noun
    if word[0] in _PREPOSITIONS and _governed(ctx, start, word[1:]):
        return False  # بأي وقت، لهذا الشهر، لتسليمه: a preposition and its object
    if word == AMIR and given_amir(ctx, end):
        return True
    if word == _BISM and _in_the_name_of(ctx, start, end):
        return False  # المتحدث باسم الجناح: ب + اسم, not the given name باسم
    for offset in (0, 1, 2):
        for hit in ctx.hits_at.get(start + offset, ()):
            if len(hit.prefix) != offset:
                continue
            if hit.end == end and hit.kinds & (TRIGGER | TITLE | ORG_HEAD | NISBA):
                return False
            if hit.end > end and hit.kinds & ORG_HEAD:
                return False  # خفر السواحل: the first word of a body's head
            if hit.kinds & ENTITY and hit.end >= end:
                entry = lex.gazetteer.get(hit.key)
                if (
                    entry is not None
                    and entry.label is not PER
                    and (first or not entry.needs_context or offset > 0)
                ):
                    # an ambiguous name (مورو، مالي) may still be a surname, not with a
                    # proclitic (X لرويترز: whom the name told it)
                    return False
    if word in lex.first_names:
        return not (word == "علي" and ctx.raw_char(end - 1) == ALEF_MAKSURA)
    if word[-1] == "ا" and (word[:-1] in lex.triggers or word[:-1] in lex.value_words):
        return False  # an accusative common noun (حربا)
    if word[-1] == "ا" and tanween_fath(ctx, end):
        return False  # an adverb or an accusative noun (مجدداً، رسمياً، وفداً): never a name
    if loose:
        return _loose_shape(ctx, word)
    if word[0] in "يتن" and len(word) >= 4 and not word.endswith(_FOREIGN_ENDINGS):
        return False  # an imperfect verb (يشكر، تعتزم), not a Slavic surname (يفيموف)
    # Plural and feminine common-noun shapes (اتصالات، حكومه) are rarely foreign surnames.
    return not (word.endswith(("ات", "ه")) and len(word) > 3) and len(word) >= 3


AMIR: Final = "امير"


_BISM: Final = "باسم"


# Indefinite speaking posts before باسم (متحدثاً باسم المجموعة): no title hit covers them.
_SPEAKING: Final = frozenset(["متحدث", "متحدثا", "متحدثه", "ناطق", "ناطقا", "ناطقه"])


def _in_the_name_of(ctx: Context, start: int, end: int) -> bool:
    """Is باسم at `start` the preposition of a post (المتحدث باسم، الناطق الرسمي باسم,
    a title hit ending with it) or of an indefinite speaking word (متحدثاً باسم)?"""
    at = start
    for _ in range(3):
        before = ctx.word_before(at)
        if before is None:
            return False
        if at == start and before[2] in _SPEAKING:
            return True
        for offset in (0, 1, 2):
            for hit in ctx.hits_at.get(before[0] + offset, ()):
                if hit.kinds & TITLE and hit.end >= end and len(hit.prefix) == offset:
                    return True
        at = before[0]
    return False


def given_amir(ctx: Context, end: int) -> bool:
    """Is the bare أمير ending at `end` the given name (أمير خان متقي), not the title (أمير
    قطر، أمير الجماعة)? A title takes a definite or known genitive; the name goes on with
    an indefinite name word that is no place or body."""
    nxt = ctx.word_at(end)
    if nxt is None or nxt[0] != end + 1 or ctx.text.find("\n", end, nxt[0]) >= 0:
        return False
    ns, ne, w = nxt
    if w == AMIR or is_definite(w) or not arabic_word(w):
        return False
    if ctx.hit_in_word(ns, ENTITY | TITLE | ORG_HEAD | TRIGGER | NISBA) is not None:
        return False
    return name_like(ctx, ns, ne, w, False)


# Derived-verb stems and verb endings: never a transliterated name, even in a name slot.
_VERB_STEMS: Final = ("تست", "يست", "نست", "تت", "يت", "نت")


_VERB_ENDINGS: Final = ("ون", "وا", "ها", "هم", "هما", "نا", "كم", "ان")


def _loose_shape(ctx: Context, word: str) -> bool:
    """A verb-shaped word without a derived stem or a verb ending (تيريز، يماني، تشودري), or
    a ة-final word the document never writes with the article (بوريطة, not الحكومة)."""
    if len(word) < 3 or word.endswith("ات"):
        return False
    if _past_verb_shape(word) and word not in ctx.lexicon.first_names:
        return False
    if word.startswith("مست") and len(word) >= 5:
        return False  # مستعد، مستمر: the participle of an استفعل verb
    if word[0] in "يتن" and (
        word.startswith(_VERB_STEMS) or (len(word) >= 5 and word.endswith(_VERB_ENDINGS))
    ):
        return False
    if word.endswith("ه"):
        return not word.endswith("يه") and "ال" + word not in ctx.text
    return True


def _past_verb_shape(word: str) -> bool:
    """The past tense of a derived verb: أفعل، انفعل، افتعل، استفعل (أعلن، انسحب، اعتقل)."""
    if word[0] != "ا" or word.endswith("نغ"):
        return False  # a final ng (أونغ) is a transliteration, never an Arabic verb
    n = len(word)
    return n == 4 or (n == 5 and (word[1] == "ن" or word[2] == "ت")) or word.startswith("است")


def lex_label(ctx: Context, key: str) -> EntityType | None:
    entry = ctx.lexicon.gazetteer.get(key)
    return entry.label if entry is not None and isinstance(entry.label, EntityType) else None


def definite_surname(
    ctx: Context, start: int, end: int, word: str, after_first_name: bool = False
) -> bool:
    """A definite nisba-shaped family name after a first name (الأنصاري، الكاظمي). After a
    known first name a nationality nisba (سامي الكردي) and other definite words (البرهان،
    الصالح) are family names too, though not a feminine or plural noun (المدينة، القوات)."""
    if not arabic_word(word):
        return False
    lex = ctx.lexicon
    if after_first_name:
        if len(word) < 5 or word.endswith(("ه", "ات", "ون", "ين")):
            return False
    elif len(word) < 6 or not word.endswith("ي") or word in lex.nisba:
        return False
    if word in NOT_SURNAMES or word in lex.stopwords:
        return False
    if word in lex.value_words or word in lex.months or word in lex.weekdays:
        return False
    shape = TRIGGER | TITLE | ORG_HEAD | ENTITY | (0 if after_first_name else NISBA)
    if any(
        hit.kinds & ENTITY and len(hit.prefix) == offset
        for offset in (1, 2)
        for hit in ctx.hits_at.get(start + offset, ())
    ):
        return False  # a known name after a proclitic: X لرويترز، X للجزيرة
    return not any(hit.kinds & shape and not hit.prefix for hit in ctx.hits_at.get(start, ()))
