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

from annotate.preannotate.gazetteer import ENTITY, FIRST_NAME, NISBA, ORG_HEAD, TITLE, TRIGGER
from annotate.preannotate.spans import Candidate, Context, is_definite
from annotate.schema import EntityType
from annotate.text import normalize

# Words inside a name that link its parts (ابن، بنت، آل written ال after normalisation): they
# do not count towards the name's length, and the word after them belongs to the name.
# ولد and آغ (written اغ) link Mauritanian and Tuareg names: محمد ولد الغزواني، إياد أغ غالي.
_NAME_LINKS = frozenset(
    ["بن", "ابن", "ابو", "ام", "بنت", "عبد", "دي", "دير", "فون", "فان", "ال", "ولد", "اغ"]
)
# Second parts of compound first names: فضل الله، نصر الله، نور الدين، صلاح الدين.
_COMPOUND_TAILS = frozenset(["الله", "الدين"])
# First parts of definite compound family names (العبد الله، الفضل الله، النصر الله).
_DEFINITE_COMPOUNDS = frozenset(["العبد", "الفضل", "النصر", "الخير", "العطا"])
# Definite adjectives ending in ي that follow names in news but are not surnames.
_NOT_SURNAMES = frozenset(
    [
        *["الماضي", "الحالي", "الثاني", "التالي", "الجاري", "الدولي", "الامني", "العسكري"],
        *["السياسي", "الرسمي", "الاقليمي", "الاممي", "الرئاسي", "الحكومي", "الشعبي", "الوطني"],
        *["المحلي", "الميداني", "الانساني", "الصحفي", "الهاتفي", "الدبلوماسي", "النهائي"],
        *["الفعلي", "العلني", "الفوري", "الجوي", "البحري", "البري", "الاسلامي", "العربي"],
        *["الغربي", "الشرقي", "الجنوبي", "الشمالي", "المدني", "الثنائي", "الثلاثي", "الجماعي"],
        *["القانوني", "الاساسي", "الحقيقي", "الاعلامي", "الاجنبي", "الشخصي", "الصحي", "الامامي"],
    ]
)
_OCC_WORDS = frozenset(
    [
        *[
            "السابق",
            "السابقه",
            "الحالي",
            "العام",
            "الاعلي",
            "الخاص",
            "الدائم",
            "الاول",
            "الرسمي",
            "المنتهيه",
            "المنتهي",
        ],
        *["الموقت", "الانتقالي", "الجديد", "القومي", "السياسي", "التنفيذي"],
        *["الاسبق", "الاسبقه", "المكلف", "المكلفه"],
    ]
)
# Definite adjectives of an office, a body or a region that close a post's genitive (وزير
# الاتصال الحكومي، رئيس الإقليم الانفصالي، حاكم منطقة الشمال الغربي), with their feminines.
_POST_ADJECTIVES = frozenset(
    form
    for stem in (
        *["الحكومي", "المدني", "الانفصالي", "الاداري", "المائي", "الاعلامي", "الاقليمي"],
        *["الامني", "الشعبي", "الدبلوماسي", "الانساني", "القانوني", "الاتحادي", "المحلي"],
        *["الغربي", "الشرقي", "الجنوبي", "الشمالي"],
    )
    for form in (stem, stem + "ه")
)
_ALEF_MAKSURA = "\N{ARABIC LETTER ALEF MAKSURA}"
_MAX_NAME = 2  # a third word is usually the verb of the next clause (روبن فاردانيان غادر)
_GROUP_LABELS = (EntityType.GPE, EntityType.ORG, EntityType.NORP)


# Indefinite adjectives that follow a title (قائد ميداني): the definite ones without ال.
_ADJECTIVES = frozenset(
    [
        *["ميداني", "عسكري", "امني", "سياسي", "رسمي", "حكومي", "محلي", "دبلوماسي", "اممي"],
        *["اعلامي", "صحفي", "اقليمي", "دولي", "غربي", "عربي", "اوروبي", "امريكي", "اجنبي"],
        *["رفيع", "كبير", "بارز", "سابق", "مسلح", "انساني", "طبي", "قضائي", "برلماني"],
    ]
)
_PREPOSITIONS = frozenset(["\N{ARABIC LETTER BEH}", "\N{ARABIC LETTER LAM}"])


# Endings of transliterated Slavic, Armenian and Georgian surnames, never of a verb.
_FOREIGN_ENDINGS = ("وف", "يف", "سكي", "ينكو", "يتش", "يان", "وفا", "يفا", "شفيلي")


def _masdar(word: str) -> bool:
    """The إفعال masdar shape (اجراء، افراج، اطلاق), hamza and alef forms normalised."""
    return len(word) == 5 and word[0] == "ا" and word[3] == "ا"


def _tanween_fath(ctx: Context, end: int) -> bool:
    """Does the raw word ending at normalised `end` (on a final alef) carry tanween fath,
    after the alef (مجدداً) or on the letter before it (مجددًا)?"""
    norm = ctx.norm
    lo = norm.to_raw(end - 2) if end >= 2 else 0
    return "\N{ARABIC FATHATAN}" in norm.raw[lo : norm.to_raw(end - 1) + 2]


def _arabic_word(word: str) -> bool:
    return len(word) >= 2 and all("\u0621" <= c <= "\u064a" for c in word)


def name_like(
    ctx: Context, start: int, end: int, word: str, first: bool, loose: bool = False
) -> bool:
    """Could this word be part of a personal name? `loose`: in a title's name slot whose end
    is marked, also a verb-shaped (تيريز) or ة-final (بوريطة) transliterated word."""
    lex = ctx.lexicon
    if word == "علي" and first:
        # على normalises to علي: the raw letter tells the name from the preposition
        return ctx.raw_char(end - 1) != _ALEF_MAKSURA and not any(
            hit.kinds & (TRIGGER | TITLE) for hit in ctx.hits_at.get(start, ())
        )
    if not _arabic_word(word) or word in lex.stopwords or word in lex.value_words:
        return False
    if word in lex.months or word in lex.weekdays:
        return False
    if is_definite(word) and word not in lex.first_names:
        return False  # not ألكسندر، أليكسي: foreign first names that look definite
    if word in _ADJECTIVES:
        return False  # قائد ميداني، مسؤول عسكري: an adjective after a title
    if word[0] in _PREPOSITIONS and (is_definite(word[1:]) or _masdar(word[1:])):
        return False  # طالب زعيم المعارضة بإجراء تحقيق: a preposition and its noun
    if word == _AMIR and given_amir(ctx, end):
        return True
    for offset in (0, 1, 2):
        for hit in ctx.hits_at.get(start + offset, ()):
            if len(hit.prefix) != offset:
                continue
            if hit.end == end and hit.kinds & (TRIGGER | TITLE | ORG_HEAD | NISBA):
                return False
            if hit.kinds & ENTITY and hit.end >= end:
                entry = lex.gazetteer.get(hit.key)
                if entry is not None and entry.label is not EntityType.PER:
                    return False
    if word in lex.first_names:
        return not (word == "علي" and ctx.raw_char(end - 1) == _ALEF_MAKSURA)
    if word[-1] == "ا" and (word[:-1] in lex.triggers or word[:-1] in lex.value_words):
        return False  # an accusative common noun (حربا)
    if word[-1] == "ا" and _tanween_fath(ctx, end):
        return False  # an adverb or an accusative noun (مجدداً، رسمياً، وفداً): never a name
    if loose:
        return _loose_shape(ctx, word)
    if word[0] in "يتن" and len(word) >= 4 and not word.endswith(_FOREIGN_ENDINGS):
        return False  # an imperfect verb (يشكر، تعتزم), not a Slavic surname (يفيموف)
    # Plural and feminine common-noun shapes (اتصالات، حكومه) are rarely foreign surnames.
    return not (word.endswith(("ات", "ه")) and len(word) > 3) and len(word) >= 3


_AMIR = "امير"


def given_amir(ctx: Context, end: int) -> bool:
    """Is the bare أمير ending at `end` the given name (أمير خان متقي), not the title (أمير
    قطر، أمير الجماعة)? A title takes a definite or known genitive; the name goes on with
    an indefinite name word that is no place or body."""
    nxt = ctx.word_at(end)
    if nxt is None or nxt[0] != end + 1 or ctx.text.find("\n", end, nxt[0]) >= 0:
        return False
    ns, ne, w = nxt
    if w == _AMIR or is_definite(w) or not _arabic_word(w):
        return False
    if ctx.hit_in_word(ns, ENTITY | TITLE | ORG_HEAD | TRIGGER | NISBA) is not None:
        return False
    return name_like(ctx, ns, ne, w, False)


# Derived-verb stems and verb endings: never a transliterated name, even in a name slot.
_VERB_STEMS = ("تست", "يست", "نست", "تت", "يت", "نت")
_VERB_ENDINGS = ("ون", "وا", "ها", "هم", "هما", "نا", "كم", "ان")


def _loose_shape(ctx: Context, word: str) -> bool:
    """A verb-shaped word without a derived stem or a verb ending (تيريز، يماني، تشودري), or
    a ة-final word the document never writes with the article (بوريطة, not الحكومة)."""
    if len(word) < 3 or word.endswith("ات"):
        return False
    if _past_verb_shape(word) and word not in ctx.lexicon.first_names:
        return False
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


# Words after which a name has ended (besides punctuation and the line end).
_NAME_ENDS = frozenset(["في", "ان", "خلال", "عبر", "امس", "اليوم", "لدي"])


def _closed_name(ctx: Context, pos: int) -> tuple[int, int] | None:
    """A two- or three-word name in a title's name slot whose end is marked: punctuation, the
    line end, في/إن/خلال…, or a coordinated relational noun (ونظيره). Its words may have the
    shapes of transliterated names (وزير الإعلام يماني غبريمسقل، الفريق أحمد شريف تشودري،
    الجنرال مين أونغ هلاينغ في)."""
    words: list[tuple[int, int, str]] = []
    at = pos
    while len(words) < 3:
        word = ctx.word_at(at)
        if word is None or (words and word[0] != at + 1):
            break
        ws, we, w = word
        middle_ali = bool(words) and w == "علي" and ctx.raw_char(we - 1) != _ALEF_MAKSURA
        if not middle_ali and not name_like(ctx, ws, we, w, not words, loose=True):
            break
        words.append(word)
        at = we
    for n in range(len(words), 1, -1):
        if _name_ends(ctx, words[n - 1][1]):
            return words[0][0], words[n - 1][1]
    return None


def _name_ends(ctx: Context, end: int) -> bool:
    nxt = ctx.word_at(end)
    if nxt is None or ctx.text.find("\n", end, nxt[0]) >= 0:
        return True
    ws, _, w = nxt
    if not w.isalnum():
        return w != "-"  # not a double-barrelled name
    if w in _NAME_ENDS:
        return True
    hit = ctx.hit_in_word(ws, TITLE | ENTITY | TRIGGER)
    if hit is None:
        return False
    if hit.kinds & TITLE:
        return hit.prefix == "و"  # ونظيره
    if hit.kinds & ENTITY:
        # a known place or body: the object of the verb (اتهم الوزير X Y Z كابول)
        return not hit.prefix and lex_label(ctx, hit.key) in _GROUP_LABELS
    entry = ctx.lexicon.triggers.get(hit.key)
    return not hit.prefix and entry is not None and not entry.verbal  # نفى X Y Z استهداف


def _known_person(ctx: Context, start: int) -> tuple[int, int] | None:
    for hit in ctx.hits_at.get(start, ()):
        if hit.kinds & ENTITY and lex_label(ctx, hit.key) is EntityType.PER:
            return hit.start, hit.end
    return None


def lex_label(ctx: Context, key: str) -> EntityType | None:
    entry = ctx.lexicon.gazetteer.get(key)
    return entry.label if entry is not None and isinstance(entry.label, EntityType) else None


def _definite_surname(
    ctx: Context, start: int, end: int, word: str, after_first_name: bool = False
) -> bool:
    """A definite nisba-shaped family name after a first name (الأنصاري، الكاظمي). After a
    known first name a nationality nisba (سامي الكردي) and other definite words (البرهان،
    الصالح) are family names too, though not a feminine or plural noun (المدينة، القوات)."""
    if not _arabic_word(word):
        return False
    lex = ctx.lexicon
    if after_first_name:
        if len(word) < 5 or word.endswith(("ه", "ات", "ون", "ين")):
            return False
    elif len(word) < 6 or not word.endswith("ي") or word in lex.nisba:
        return False
    if word in _NOT_SURNAMES or word in lex.stopwords:
        return False
    if word in lex.value_words or word in lex.months or word in lex.weekdays:
        return False
    shape = TRIGGER | TITLE | ORG_HEAD | ENTITY | (0 if after_first_name else NISBA)
    return not any(hit.kinds & shape and not hit.prefix for hit in ctx.hits_at.get(start, ()))


def _name_after(
    ctx: Context, pos: int, limit: int = _MAX_NAME, first_name: str = ""
) -> tuple[int, int] | None:
    """The extent of a 1..`limit`-word name starting at the next word after `pos`.

    A compound (عبد الله، أبو بكر) counts as one word; a link (بن، آل) takes the word after it,
    and only another link may follow that: محمد بن عبد الرحمن آل ثاني is one name.
    `first_name` is the known first name just before `pos`, if any: a family name may follow.
    """
    start = end = -1
    count = 0
    extra = True  # one more word when it is a first name or a definite family name
    father = False  # the last word taken is a known first name after the first word
    linked = False  # the word before was a link: the next word belongs to the name
    first_known = False  # the name starts with a known first name
    while True:
        word = ctx.word_at(pos)
        if word is None:
            break
        ws, we, w = word
        if count >= limit and not linked and w not in _NAME_LINKS:
            if extra and (first_known or first_name) and _third_word(ctx, ws, we, w):
                extra = False  # a father's or family name: حسن شيخ محمود، محمد شياع السوداني
                end = pos = we
                continue
            if extra and father and _family_name(ctx, ws, we, w):
                extra = False  # after a father's first name: علي محمود راجي
                end = pos = we
                continue
            break
        if count == 0:
            known = _known_person(ctx, ws)
            if known is not None:
                return known
        if w in ("عبد", "ابو"):
            nxt = ctx.word_at(we)
            if nxt is not None and _arabic_word(nxt[2]) and _compound_part(ctx, w, nxt):
                start = ws if start < 0 else start  # a compound name: عبد الله، أبو بكر
                end = pos = nxt[1]
                count = limit if linked else count + 1
                linked = False
                continue
        tail = ctx.word_at(we)
        if (
            tail is not None
            and tail[2] in _COMPOUND_TAILS
            and w not in _NAME_LINKS
            and (
                name_like(ctx, ws, we, w, count == 0 and not first_name)
                # a definite compound family name: أحمد العبد الله، سامي الفضل الله
                or ((count > 0 or first_name) and w in _DEFINITE_COMPOUNDS)
            )
        ):
            start = ws if start < 0 else start
            first_known = first_known or (count == 0 and w in ctx.lexicon.first_names)
            end = pos = tail[1]
            count = limit if linked else count + 1
            linked = False
            continue
        if w in _NAME_LINKS and (count > 0 or first_name) and not linked:
            nxt = ctx.word_at(we)
            if nxt is None or not (
                nxt[2] in ("عبد", "ابو")
                or name_like(ctx, nxt[0], nxt[1], nxt[2], False)
                or _linked_definite(ctx, nxt[0], nxt[2])
            ):
                break
            pos = we
            linked = True
            continue
        if linked and _linked_definite(ctx, ws, w):
            start = ws if start < 0 else start
            end = pos = we
            count = limit
            linked = False  # ولد الشيخ: a nisba-shaped family name may still follow
            continue
        middle_ali = count > 0 and w == "علي" and ctx.raw_char(we - 1) != _ALEF_MAKSURA
        if middle_ali:
            pass  # محمود علي يوسف: علي spelt with ي inside a name is the name, not على
        elif not name_like(ctx, ws, we, w, count == 0 and not first_name) and not (
            (count > 0 or first_name)
            and _definite_surname(
                ctx, ws, we, w, linked or _after_first(first_name, first_known, count)
            )
        ):
            break
        if start < 0:
            start = ws
            first_known = w in ctx.lexicon.first_names and w != "علي"
        father = count > 0 and w in ctx.lexicon.first_names and w != "علي"
        end = we
        pos = we
        # after a linked part only another link continues the name (بن سلمان آل سعود)
        extra = extra and not linked
        count = limit if linked else count + 1
        linked = False
    if start < 0:
        return None
    return start, _second_surname(ctx, end) if count >= 2 else end


# A short parenthesised abbreviation after a post's body, before the name.
_PARENTHESIS = re.compile(r" \([^\W\d_]{2,12}\)")
_DASH = re.compile(r"[ \t]?[-\u2013][ \t]?(?=\w)")


def _second_surname(ctx: Context, end: int) -> int:
    """The end of a double-barrelled surname after a full name (هينيس - بلاسخارت): a dash
    and one more indefinite name word that ends the name, else `end`."""
    dash = _DASH.match(ctx.text, end)
    if dash is None:
        return end
    word = ctx.word_at(dash.end())
    if word is None or word[0] != dash.end():
        return end
    ws, we, w = word
    if w in ctx.lexicon.first_names or not name_like(ctx, ws, we, w, False):
        return end
    nxt = ctx.word_at(we)
    if nxt is not None and nxt[2].isalnum() and nxt[2] not in ctx.lexicon.stopwords:
        return end  # the name must end there (a comma, a function word, the line end)
    return we


def _third_word(ctx: Context, start: int, end: int, word: str) -> bool:
    """May this word extend a name that starts with a known first name by a third word?"""
    if word in ctx.lexicon.first_names and word != "علي":
        return not any(hit.kinds & (TRIGGER | TITLE) for hit in ctx.hits_at.get(start, ()))
    if not is_definite(word) or not word.endswith("ي") or word in _OCC_WORDS:
        return False  # a third family name is nisba-shaped: السوداني، الغزواني
    return _definite_surname(ctx, start, end, word, True)


def _family_name(ctx: Context, start: int, end: int, word: str) -> bool:
    """An indefinite family name after a father's first name, when the name ends there (a
    punctuation mark, a function word or the end of the line follows): علي محمود راجي إن."""
    if not name_like(ctx, start, end, word, False) or word in ctx.lexicon.first_names:
        return False
    if word.endswith("ا"):
        return False  # an accusative object of the verb before (استقبل الرئيس محمد أحمد وفدا)
    nxt = ctx.word_at(end)
    return nxt is None or not nxt[2].isalnum() or nxt[2] in ctx.lexicon.stopwords


def _linked_definite(ctx: Context, start: int, word: str) -> bool:
    """A definite word after ولد / بن / آل is part of the name (ولد الشيخ، بن الحسين), a
    title word too, but not a stopword, a value word or a trigger."""
    if not is_definite(word) or not _arabic_word(word) or len(word) < 5:
        return False
    lex = ctx.lexicon
    if word in lex.stopwords or word in lex.value_words or word in _NOT_SURNAMES:
        return False
    return ctx.longest(start, TRIGGER) is None


def _compound_part(ctx: Context, link: str, nxt: tuple[int, int, str]) -> bool:
    """Does the word after عبد / أبو complete a compound name (عبد الله، أبو بكر، أبو
    سلمية: a kunya takes an indefinite name too, also a feminine-looking one)?"""
    word = nxt[2]
    if is_definite(word):
        return True
    if link != "ابو" or word in ctx.lexicon.stopwords or word in ctx.lexicon.value_words:
        return False
    return word.endswith("ه") or name_like(ctx, nxt[0], nxt[1], word, False)


def _after_first(first_name: str, first_known: bool, count: int) -> bool:
    """Does the word follow a known first name (not علي: also the preposition على)?"""
    if count == 0:
        return bool(first_name) and first_name != "علي"
    return first_known and count == 1


def _rank_at(ctx: Context, start: int) -> bool:
    """Does a military or police rank (kind `rank` in titles.tsv) start at `start`?"""
    titles = ctx.lexicon.titles
    return any(
        hit.kinds & TITLE and not hit.prefix and titles[hit.key][1] == "rank"
        for hit in ctx.hits_at.get(start, ())
    )


def _modifiers_end(ctx: Context, pos: int, title_key: str, headed: dict[int, int]) -> int:
    """Where the modifiers of a title end (ministry, nisba, GPE/ORG, ل-genitive, باسم X)."""
    end = pos
    named = False  # a genitive name was taken
    body = False  # the last genitive taken is a known organisation
    bare_head = False  # the last word taken is a bare ORG head (حكومة)
    for _ in range(6):
        word = ctx.word_at(end)
        if word is None:
            break
        ws, we, w = word
        if _rank_at(ctx, ws):
            break  # stacked titles: قائد الجيش | الفريق أول
        entity = ctx.hit_in_word(ws, ENTITY | ORG_HEAD)
        if ws in headed:
            # a known name may run past the headed one (قوة الأمم المتحدة المؤقتة في لبنان)
            known = entity.end if entity is not None and entity.kinds & ENTITY else 0
            end, named = max(headed[ws], known), True
            continue
        if entity is not None and entity.kinds & FIRST_NAME:
            entity = None
        if (
            entity is not None
            and entity.kinds & ENTITY
            and not entity.kinds & ORG_HEAD
            and lex_label(ctx, entity.key) not in _GROUP_LABELS
        ):
            entity = None
        if entity is not None and entity.prefix == "ل" and entity.start in headed:
            end = max(headed[entity.start], we)
            continue
        if title_key.endswith("باسم") and end == pos and entity is None and _arabic_word(w):
            end = we
            continue
        if title_key.endswith("باسم") and end == pos and (close := _quoted_end(ctx, ws, w)):
            end = close  # المتحدث باسم "جيش X": a quoted body
            break
        if entity is not None and entity.prefix in ("", "ل"):
            if named and not entity.prefix:
                break  # قائد القيادة المركزية | بنغازي: one genitive name, then the object
            # a bare head (مقاطعة) still takes its name: حاكم مقاطعة خاركيف
            end, named = max(entity.end, we), not entity.kinds & ORG_HEAD
            bare_head = not named
            body = bool(entity.kinds & ENTITY) and lex_label(ctx, entity.key) is EntityType.ORG
            continue
        if body and (phrase := _domain_phrase(ctx, ws, we, w)):
            end, body = phrase, False  # المفوض السامي للأمم المتحدة لحقوق الإنسان
            continue
        if w in ctx.lexicon.nisba or w in _OCC_WORDS or (end > pos and w in _POST_ADJECTIVES):
            end = we  # وزير الاتصال الحكومي، رئيس الإقليم الانفصالي
            continue
        if w in _AFFAIRS and (domain := _affairs_object(ctx, we)) is not None:
            end = domain  # وزير شؤون الرئاسة، المنسقة الخاصة لشؤون لبنان: the post's domain
            continue
        if w.startswith("لل") and _arabic_word(w) and len(w) > 4:
            end = we  # an لل-genitive: مستشار الرئيس للسياسة الخارجية
            continue
        if (
            is_definite(w)
            and w not in ctx.lexicon.stopwords
            and (end == pos or bare_head)
            and ctx.longest(ws, TRIGGER) is None
        ):
            # the ministry or office: وزير الخارجية، مستشار الرئيس; the genitive of a bare
            # body: المتحدث باسم حكومة الإقليم
            end, bare_head = we, False
            continue
        if (end > pos or " " in title_key) and _coordinated_office(ctx, ws, w):
            end = we  # وزير الداخلية والحكم المحلي: a second office joined by و
            after = ctx.word_at(we)
            if after is not None and _office_adjective(ctx, after[0], after[2]):
                end = after[1]
            continue
        break
    if title_key.split(" ", 1)[0].removeprefix("ال") in _ENVOY_HEADS:
        to = ctx.word_at(end)
        if to is not None and to[2] in _ENVOY_PREPOSITIONS:
            # المبعوث الأممي الخاص إلى اليمن: an envoy's destination qualifies the post
            end = max(end, _past_place_phrase(ctx, end))
    return end


def _domain_phrase(ctx: Context, ws: int, we: int, w: str) -> int:
    """The end of ل + an indefinite noun + its definite genitive (لحقوق الإنسان) after a
    body's name in a post: the domain of the post, else 0."""
    if len(w) < 4 or w[0] != "ل" or w.startswith("لل") or not _arabic_word(w):
        return 0
    if w[1:] in ctx.lexicon.stopwords or ctx.hit_in_word(ws, ENTITY | TRIGGER) is not None:
        return 0
    nxt = ctx.word_at(we)
    if nxt is None or not is_definite(nxt[2]) or nxt[2] in ctx.lexicon.stopwords:
        return 0
    if ctx.hit_in_word(nxt[0], TRIGGER | TITLE | NISBA | ENTITY) is not None:
        return 0
    return nxt[1]


_AFFAIRS = frozenset(["شوون", "لشوون"])


def _affairs_object(ctx: Context, pos: int) -> int | None:
    """The end of the genitive of شؤون / لشؤون: a known place, group or headed name, or a
    definite common noun (شؤون الرئاسة، لشؤون اللاجئين), else None."""
    word = ctx.word_at(pos)
    if word is None:
        return None
    ws, we, w = word
    hit = ctx.hit_in_word(ws, ENTITY)
    if hit is not None and not hit.prefix and hit.start == ws:
        return hit.end if lex_label(ctx, hit.key) is not EntityType.PER else None
    if is_definite(w) and w not in ctx.lexicon.stopwords and _arabic_word(w):
        return we
    return None


# Heads of posts sent to a country or a body; their إلى/لدى phrase belongs to the post.
_ENVOY_HEADS = frozenset(["مبعوث", "مبعوثه", "سفير", "سفيره", "ممثل", "ممثله", "منسق", "منسقه"])
_ENVOY_PREPOSITIONS = frozenset(["الي", "لدي"])


def _coordinated_office(ctx: Context, start: int, word: str) -> bool:
    """و + a definite common noun after the office of a title (والحكم، والتعاون الدولي),
    not another name, title, trigger or nisba."""
    if not word.startswith("وال") or len(word) < 6 or word[1:] in ctx.lexicon.stopwords:
        return False
    if word[1:] in ctx.lexicon.nisba or ctx.hit_in_word(start, FIRST_NAME) is not None:
        return False
    return ctx.hit_in_word(start, ENTITY | ORG_HEAD | TITLE | TRIGGER | NISBA) is None


def _office_adjective(ctx: Context, start: int, word: str) -> bool:
    """A definite ي-adjective of a coordinated office (المحلي، الدولي), no lexicon name."""
    if not (is_definite(word) and word.endswith("ي") and len(word) > 4):
        return False
    if word in ctx.lexicon.stopwords:
        return False
    return ctx.hit_in_word(start, ENTITY | TITLE | TRIGGER) is None


def find_people(
    ctx: Context, title_hits: list[tuple[int, int, str]], headed: dict[int, int]
) -> list[Candidate]:
    """OCC and PER candidates from title patterns and apposition."""
    out: list[Candidate] = []
    titles = ctx.lexicon.titles
    title_at = {ts: (te, key) for ts, te, key in title_hits}
    for ts, te, key in title_hits:
        prior, kind = titles[key]
        if key == _AMIR and ctx.text[ts:te] == _AMIR and given_amir(ctx, te):
            continue  # أمير خان: a given name, not the title
        nxt = ctx.word_at(te)
        inner = title_at.get(nxt[0]) if nxt is not None and key in _DEPUTIES else None
        if inner is not None:
            # نائب وزير الخارجية: a deputy of a post is one OCC; the post names the person
            end = _modifiers_end(ctx, inner[0], inner[1], headed)
            if (place := _described_place(ctx, inner[0], end)) is not None:
                end = max(end, place[1])  # نائب محافظ مقاطعة X
                out.append(Candidate(place[0], place[1], EntityType.GPE, 0.6, "title-place"))
            out.append(Candidate(ts, end, EntityType.OCC, prior * 0.9, "title"))
            continue
        last = ctx.word_before(te)
        body = headed.get(last[0], 0) if last is not None else 0
        # رئيس حكومة تصريف الأعمال: the body that ends the title takes a genitive
        occ_end = _modifiers_end(ctx, max(te, body), key, headed)
        if key.startswith(_PLURAL_POSTS) and occ_end > te:
            occ_end = _coordinated_places(ctx, occ_end)
        if occ_end > te and (place := _described_place(ctx, te, occ_end)) is not None:
            # نائب محافظ مقاطعة X، مفوض مقاطعة X: the place after a descriptor in the post
            occ_end = max(occ_end, place[1])
            out.append(Candidate(place[0], place[1], EntityType.GPE, 0.6, "title-place"))
        pos = _past_place_phrase(ctx, occ_end) if kind != "rel" else occ_end
        if ctx.text.startswith(" (", pos) and (abbr := _PARENTHESIS.match(ctx.text, pos)):
            pos = abbr.end()  # الناطق باسم القوة الدولية (اليونيفيل) أندريا تيننتي
        nxt = ctx.word_at(pos)
        if nxt is not None and nxt[2] == ",":
            pos = nxt[1]
        name = _name_after(ctx, pos)
        closed = _closed_name(ctx, pos)
        if closed is not None and (
            name is None
            or (name[0] == closed[0] < name[1] < closed[1] and _known_person(ctx, name[0]) != name)
        ):
            name = closed
        if name is not None and key in _PLACE_TITLES and pos == occ_end == te:
            first = ctx.word_at(name[0])
            if first is not None and first[2] not in ctx.lexicon.first_names:
                # رئيس بلدية كفر كلا: the town of a mayor or a governor, not a person
                out.append(Candidate(ts, name[1], EntityType.OCC, prior * 0.9, "title"))
                out.append(Candidate(name[0], name[1], EntityType.GPE, 0.6, "title-place"))
                continue
        stacked = name is None and nxt is not None and _rank_at(ctx, nxt[0])
        if kind != "rel" and (occ_end > te or kind == "0" or name is not None or stacked):
            # stacked: a post then the holder's rank (رئيس المجلس العسكري | الجنرال X)
            out.append(Candidate(ts, occ_end, EntityType.OCC, prior * 0.9, "title"))
        if name is not None:
            out.append(Candidate(name[0], name[1], EntityType.PER, 0.85, "title+name"))
            continue
        appo = _name_before(ctx, ts)
        if appo is not None:
            out.append(Candidate(appo[0], appo[1], EntityType.PER, 0.8, "apposition"))
    return out


# Heads of a deputy's or an adviser's post: the title after them is the post (نائب وزير،
# مساعد وزير، مستشار رئيس الوزراء للأمن القومي).
_DEPUTIES = frozenset(
    ["نايب", "النايب", "مساعد", "وكيل", "القايم باعمال", "مستشار", "المستشار"]
)  # normalised
# Dual and plural posts take coordinated countries: وزيري خارجية البلد أ والبلد ب.
_PLURAL_POSTS = ("وزيري", "وزيرا", "وزراء", "رييسي", "رييسا", "روساء", "قاده", "قايدي")
# Titles of a town or a province: the unknown word after them is the place (رئيس بلدية X).
_PLACE_TITLES = frozenset(
    normalize(title).text for title in ("رئيس بلدية", "رئيس البلدية", "محافظ", "حاكم", "عمدة")
)
# Prepositions that attach a post to a place or a body: السفير الروسي لدى دمشق، المنسقة
# الأممية في اليمن، المبعوث الأممي إلى سوريا، قائد القوات في الجيش الوطني.
_POST_PREPOSITIONS = frozenset(["لدي", "في", "الي"])


def _described_place(ctx: Context, pos: int, end: int) -> tuple[int, int] | None:
    """The unknown place after a place descriptor (مقاطعة، منطقة) that ends a post's words
    in [pos, end) or is the last but one of them: an indefinite name word after it, or the
    one definite word that closes the post (مفوض مقاطعة الناصر)."""
    word = ctx.word_at(pos)
    while word is not None and word[1] <= end:
        ws, we, _ = word
        head = ctx.hit_in_word(ws, ORG_HEAD)
        word = ctx.word_at(we)
        if head is None or head.end != we or ctx.lexicon.heads[head.key][0] is not EntityType.GPE:
            continue
        if word is None or ctx.hit_in_word(word[0], ENTITY | ORG_HEAD | TITLE) is not None:
            return None
        ns, ne, w = word
        if ne == end and is_definite(w) and w not in ctx.lexicon.stopwords:
            return ns, ne
        if we == end and not is_definite(w) and w not in ctx.lexicon.first_names:
            after = ctx.word_at(ne)
            ends = _name_ends(ctx, ne) or (
                after is not None and after[2] in ctx.lexicon.first_names
            )
            return (ns, ne) if ends and name_like(ctx, ns, ne, w, False) else None
        return None
    return None


def _coordinated_places(ctx: Context, end: int) -> int:
    """The end of و + known places or bodies right after a dual post's genitive."""
    while True:
        word = ctx.word_at(end)
        if word is None or word[0] != end + 1:
            return end
        hit = ctx.hit_in_word(word[0], ENTITY)
        if hit is None or hit.prefix != "و" or lex_label(ctx, hit.key) not in _GROUP_LABELS:
            return end
        end = hit.end


def _past_place_phrase(ctx: Context, pos: int) -> int:
    """Where the name after a title may start: past a لدى/في/إلى phrase whose object is a
    known place or body (the OCC itself stays as it is), else `pos`."""
    word = ctx.word_at(pos)
    if word is None or word[2] not in _POST_PREPOSITIONS:
        return pos
    obj = ctx.word_at(word[1])
    if obj is None:
        return pos
    if word[2] == "في" and (close := _quoted_end(ctx, obj[0], obj[2])):
        return close  # القيادي في "X" Y Z: a quoted body, then the name
    hit = ctx.hit_in_word(obj[0], ENTITY | ORG_HEAD)
    if hit is None or hit.prefix or hit.start != obj[0]:
        return pos
    end = hit.end
    if hit.kinds & ENTITY:
        if lex_label(ctx, hit.key) not in _GROUP_LABELS:
            return pos
    else:
        end = _org_end(ctx, hit.start, hit.end)
        if end == hit.end:
            return pos
    after = ctx.word_at(end)
    while after is not None and (after[2] in ctx.lexicon.nisba or after[2] in _OCC_WORDS):
        end = after[1]  # الجيش الوطني الليبي
        after = ctx.word_at(end)
    return end


_OPEN_QUOTES = {'"': '"', "«": "»", "“": "”"}


def _quoted_end(ctx: Context, start: int, mark: str) -> int:
    """The end of a short quoted name opening at `start` (at most five words on the line),
    or 0."""
    close_mark = _OPEN_QUOTES.get(mark)
    if close_mark is None:
        return 0
    close = ctx.text.find(close_mark, start + 1, start + 50)
    inside = ctx.text[start + 1 : close]
    if close < 0 or "\n" in inside or not inside.strip() or inside.count(" ") > 4:
        return 0
    return close + 1


def _org_end(ctx: Context, start: int, head_end: int) -> int:
    """The end of a headed name at `start` (its definite genitives and adjectives)."""
    end = head_end
    for _ in range(4):
        word = ctx.word_at(end)
        if word is None:
            break
        known = ctx.hit_in_word(word[0], ENTITY)
        if known is not None and not known.prefix and lex_label(ctx, known.key) in _GROUP_LABELS:
            end = known.end  # في حكومة طالبان: a known body or place as the genitive
            continue
        if not is_definite(word[2]) or word[2] in ctx.lexicon.stopwords:
            break
        if ctx.longest(word[0], TRIGGER | TITLE) is not None:
            break
        end = word[1]
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
        first_end, first = word[1], word[2]
        nxt = ctx.word_at(first_end)
        if first in ("عبد", "ابو") and nxt is not None and _compound_part(ctx, first, nxt):
            first_end, first = nxt[1], f"{first} {nxt[2]}"  # عبد العزيز الحلو
        rest = _name_after(ctx, first_end, limit=_MAX_NAME - 1, first_name=first)
        if rest is not None:
            before = ctx.word_before(start)
            if before is not None and before[2] in ("ابو", "ام") and before[1] + 1 == start:
                start = before[0]  # a kunya: أبو محمد الجولاني
            out.append(Candidate(start, rest[1], EntityType.PER, 0.75, "first-name"))
    return out


# A kunya with a nisba family name: أبو بكر البغدادي، أبو محمد الجولاني (normalised text).
_KUNYA = re.compile(r"(?<!\w)(?:[وف])?(ابو|ام) (\w{3,}) (ال\w{3,}ي)(?!\w)")


def find_kunyas(ctx: Context) -> list[Candidate]:
    """`أبو X الـY-ي`: a nom de guerre, a PER without a title or a known first name."""
    out: list[Candidate] = []
    for m in _KUNYA.finditer(ctx.text):
        middle, last = m.group(2), m.group(3)
        if is_definite(middle) or not _compound_part(
            ctx, m.group(1), (m.start(2), m.end(2), middle)
        ):
            continue
        if _definite_surname(ctx, m.start(3), m.end(3), last, True):
            out.append(Candidate(m.start(1), m.end(3), EntityType.PER, 0.75, "kunya"))
    return out


def propagate(ctx: Context, people: list[Candidate]) -> list[Candidate]:
    """Every later mention of a found person's full name or surname (>= 4 letters)."""
    forms: dict[str, float] = {}
    for cand in people:
        full = ctx.text[cand.start : cand.end]
        forms.setdefault(full, 0.8)
        words = full.split()
        last = words[-1]
        if len(words) >= 3 and words[-2] in _NAME_LINKS:
            last = " ".join(words[-2:])  # عبد السلام، آل ثاني: never السلام alone
        if len(last) >= 4 and last not in ctx.lexicon.stopwords and last != full:
            forms.setdefault(last, 0.7)
    out: list[Candidate] = []
    text, bnd = ctx.text, ctx.bnd
    for form, score in forms.items():
        i = text.find(form)
        while i >= 0:
            j = i + len(form)
            if j >= len(bnd) or bnd[j] == " ":
                ws = i
                while ws > 0 and bnd[ws - 1] != " " and i - ws <= 2:
                    ws -= 1
                if ws == 0 or bnd[ws - 1] == " ":
                    prefix = text[ws:i]
                    if prefix in ("", "و", "ب", "ل", "ف", "وب", "ول", "ك") and (
                        not is_definite(form) or _starts_a_phrase(ctx, ws)
                    ):
                        out.append(Candidate(i, j, EntityType.PER, score, "propagated"))
            i = text.find(form, j)
    return out


def _starts_a_phrase(ctx: Context, pos: int) -> bool:
    """Can a definite surname (الأنصاري) stand at `pos` as a name and not as the genitive or
    adjective of the word before it? After punctuation, a function word, a verb or a title."""
    before = ctx.word_before(pos)
    if before is None or not before[2].isalnum() or before[2] in ctx.lexicon.stopwords:
        return True
    return any(
        hit.end == before[1] and hit.kinds & (TRIGGER | TITLE)
        for offset in (0, 1, 2)
        for hit in ctx.hits_at.get(before[0] + offset, ())
    )
