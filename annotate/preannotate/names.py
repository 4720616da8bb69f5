"""The extent of a personal name in a title's name slot or after a known first name:
compounds (عبد الله), links (بن، آل، ولد), a third word after a known first name, a
double-barrelled surname, and the transliterated names whose end is marked.
"""

from __future__ import annotations

import re
from typing import Final

from annotate.preannotate.gazetteer import ENTITY, NISBA, TITLE, TRIGGER
from annotate.preannotate.labels import PER
from annotate.preannotate.name_words import (
    ALEF_MAKSURA,
    GROUP_LABELS,
    NOT_SURNAMES,
    OCC_WORDS,
    arabic_word,
    definite_surname,
    lex_label,
    name_like,
    tanween_fath,
)
from annotate.preannotate.spans import Context, is_definite

# Words inside a name that link its parts (ابن، بنت، آل written ال after normalisation): they
# do not count towards the name's length, and the word after them belongs to the name.
# ولد and آغ (written اغ) link Mauritanian and Tuareg names: محمد ولد الغزواني، إياد أغ غالي.
NAME_LINKS: Final = frozenset(
    ["بن", "ابن", "ابو", "ام", "بنت", "عبد", "دي", "دير", "فون", "فان", "ال", "ولد", "اغ"]
)


# Second parts of compound first names: فضل الله، نصر الله، نور الدين، صلاح الدين.
_COMPOUND_TAILS: Final = frozenset(["الله", "الدين"])


# First parts of definite compound family names (العبد الله، الفضل الله، النصر الله).
_DEFINITE_COMPOUNDS: Final = frozenset(["العبد", "الفضل", "النصر", "الخير", "العطا"])


MAX_NAME: Final = 2  # a third word is usually the verb of the next clause (روبن فاردانيان غادر)


# Words after which a name has ended (besides punctuation and the line end).
_NAME_ENDS: Final = frozenset(
    [
        *["في", "ان", "بان", "خلال", "عبر", "امس", "اليوم", "لدي", "الي"],
        # whom a speaker told it: قال X Y Z للصحفيين، لوكالة، لقناة
        *["للصحفيين", "لوكاله", "لقناه", "لصحيفه", "لاذاعه", "لموقع", "للتلفزيون"],
    ]
)


def closed_name(ctx: Context, pos: int) -> tuple[int, int] | None:
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
        if w in _NAME_ENDS:
            break  # X Y للصحفيين: whom it was said to ends the name
        middle_ali = bool(words) and w == "علي" and ctx.raw_char(we - 1) != ALEF_MAKSURA
        if not middle_ali and not name_like(ctx, ws, we, w, not words, loose=True):
            break
        if len(words) != 1 and _verb_after_name(ctx, ws, we, w):
            break  # a verb after two name words or right after the post (رئيس الوزراء يشكر)
        if not words:
            we = hyphen_tail(ctx, we)  # فوستان-أرشانج: a compound first name
        words.append((ws, we, w))
        at = we
    for n in range(len(words), 1, -1):
        if name_ends(ctx, words[n - 1][1]) or _function_word_after(ctx, words[n - 1]):
            return words[0][0], words[n - 1][1]
    return None


def _function_word_after(ctx: Context, word: tuple[int, int, str]) -> bool:
    """Does a function word (قد، على، مساء) right after the name's last `word` start what
    follows the name in a post's name slot? Not after an accusative (الرئيس X Y وفدا من)."""
    nxt = ctx.word_at(word[1])
    if nxt is None or nxt[0] != word[1] + 1 or word[2].endswith("ا"):
        return False
    return nxt[2] in ctx.lexicon.stopwords


def name_ends(ctx: Context, end: int) -> bool:
    nxt = ctx.word_at(end)
    if nxt is None or ctx.text.find("\n", end, nxt[0]) >= 0:
        return True
    ws, _, w = nxt
    if not w.isalnum():
        return w != "-"  # not a double-barrelled name
    if w in _NAME_ENDS:
        return True
    if w[-1] == "ا" and tanween_fath(ctx, ws + len(w)):
        return True  # an adverb: بحث الوزير X Y Z هاتفياً
    if len(w) == 7 and w.startswith("است") and w[5] == "ا":
        return True  # an استفعال masdar: نفى X Y Z استهداف
    hit = ctx.hit_in_word(ws, TITLE | ENTITY | TRIGGER)
    if hit is None:
        return False
    if hit.kinds & TITLE:
        return hit.prefix == "و"  # ونظيره
    if hit.kinds & ENTITY:
        # a known place or body: the object of the verb (اتهم الوزير X Y Z كابول)
        return not hit.prefix and lex_label(ctx, hit.key) in GROUP_LABELS
    entry = ctx.lexicon.triggers.get(hit.key)
    return not hit.prefix and entry is not None and not entry.verbal  # نفى X Y Z استهداف


def known_person(ctx: Context, start: int) -> tuple[int, int] | None:
    for hit in ctx.hits_at.get(start, ()):
        if hit.kinds & ENTITY and lex_label(ctx, hit.key) is PER:
            return hit.start, hit.end
    return None


def name_after(
    ctx: Context, pos: int, limit: int = MAX_NAME, first_name: str = ""
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
        if count >= limit and not linked and w not in NAME_LINKS:
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
            known = known_person(ctx, ws)
            if known is not None:
                return known[0], _grandfather(ctx, known[1])
        if w in ("عبد", "ابو"):
            nxt = ctx.word_at(we)
            if nxt is not None and arabic_word(nxt[2]) and compound_part(ctx, w, nxt):
                start = ws if start < 0 else start  # a compound name: عبد الله، أبو بكر
                end = pos = nxt[1]
                count = limit if linked else count + 1
                linked = False
                continue
        tail = ctx.word_at(we)
        if (
            tail is not None
            and tail[2] in _COMPOUND_TAILS
            and w not in NAME_LINKS
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
        if w in NAME_LINKS and (count > 0 or first_name) and not linked:
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
        middle_ali = count > 0 and w == "علي" and ctx.raw_char(we - 1) != ALEF_MAKSURA
        if middle_ali:
            pass  # محمود علي يوسف: علي spelt with ي inside a name is the name, not على
        elif (
            not name_like(ctx, ws, we, w, count == 0 and not first_name)
            and not (
                (count > 0 or first_name)
                and definite_surname(
                    ctx, ws, we, w, linked or _after_first(first_name, first_known, count)
                )
            )
            and not (count == 1 and first_known and _plural_surname(ctx, ws, we, w))
        ):
            break  # (a plural-shaped family name after a known first name: خالد جرادات)
        if start < 0:
            start = ws
            first_known = w in ctx.lexicon.first_names and w != "علي"
        father = count > 0 and w in ctx.lexicon.first_names and w != "علي"
        if count == 0:
            we = hyphen_tail(ctx, we)  # جان-فيكتور: a compound first name
        end = we
        pos = we
        # after a linked part only another link continues the name (بن سلمان آل سعود)
        extra = extra and not linked
        count = limit if linked else count + 1
        linked = False
    if start < 0:
        return None
    return start, _second_surname(ctx, end) if count >= 2 else end


_SONS: Final = frozenset(["بن", "ابن"])


def _grandfather(ctx: Context, end: int) -> int:
    """The end of `بن X` after a known name ending at `end` (فيصل بن فرحان | بن عبدالله: a
    Gulf name given with the grandfather's name), else `end`."""
    link = ctx.word_at(end)
    if link is None or link[0] != end + 1 or link[2] not in _SONS:
        return end
    word = ctx.word_at(link[1])
    if word is None or word[0] != link[1] + 1:
        return end
    _, we, w = word
    nxt = ctx.word_at(we)
    if w in ("عبد", "ابو") and nxt is not None and compound_part(ctx, w, nxt):
        return nxt[1]  # بن عبد العزيز
    known = w in ctx.lexicon.first_names or (w.startswith("عبد") and len(w) > 5)
    return we if known else end


_SHADDA: Final = "\N{ARABIC SHADDA}"


def _verb_after_name(ctx: Context, start: int, end: int, word: str) -> bool:
    """Is a third word after two name words the verb of the clause: a four-letter imperfect
    (يجري، تعلن) or a word written with a shadda (قدّم), which transliterations never carry?"""
    if len(word) == 4 and word[0] in "يت" and word not in ctx.lexicon.first_names:
        return True
    raw = ctx.norm.raw[ctx.norm.to_raw(start) : ctx.norm.to_raw(end - 1) + 1]
    return _SHADDA in raw and word not in ctx.lexicon.first_names


def junior_end(ctx: Context, start: int, end: int) -> int:
    """The end of `الابن` right after a full name of two words or more (جورج بوش الابن،
    فرديناند ماركوس الابن): the son who bears his father's name, else `end`."""
    word = ctx.word_at(end)
    if word is None or word[0] != end + 1 or word[2] != "الابن" or " " not in ctx.text[start:end]:
        return end
    return word[1]


def hyphen_tail(ctx: Context, end: int) -> int:
    """The end of a name word joined by a hyphen without spaces to the word ending at `end`
    (جان-بيير، فوستان-أرشانج: a French compound first name), else `end`."""
    if ctx.text[end : end + 1] != "-":
        return end
    word = ctx.word_at(end + 1)
    if word is None or word[0] != end + 1:
        return end
    ws, we, w = word
    if w not in ctx.lexicon.first_names and not name_like(ctx, ws, we, w, False, loose=True):
        return end
    return we


_DASH: Final = re.compile(r"[ \t]?[-\u2013][ \t]?(?=\w)")


def _plural_surname(ctx: Context, start: int, end: int, word: str) -> bool:
    """A family name shaped like a feminine plural (جرادات، بركات) or a French one ending in
    -é / -ier (بوزيزيه، تيتيه، شيريزييه) right after a known first name, when the name ends
    there (punctuation, a function word, a lone proclitic or the line end follows)."""
    if len(word) < 5 or not word.endswith(("ات", "يه")) or not arabic_word(word):
        return False
    lex = ctx.lexicon
    if word in lex.stopwords or word in lex.value_words or word in lex.first_names:
        return False
    if word in lex.nisba or ctx.hit_in_word(start, ENTITY | TRIGGER | TITLE | NISBA) is not None:
        return False
    nxt = ctx.word_at(end)
    return nxt is None or not nxt[2].isalnum() or nxt[2] in lex.stopwords or len(nxt[2]) == 1


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
    glued = dash.end() - dash.start() == 1
    if w in ctx.lexicon.first_names:
        return we if glued else end  # X جان-بيير: a compound name after a hyphen
    if not name_like(ctx, ws, we, w, False) and not hamza_initial(ctx, ws, we, w):
        return end
    if glued:
        return we  # a hyphen without spaces joins the two surnames (لوبيز-غارسيا)
    nxt = ctx.word_at(we)
    if nxt is not None and nxt[2].isalnum() and nxt[2] not in ctx.lexicon.stopwords:
        return end  # the name must end there (a comma, a function word, the line end)
    return we


_HAMZA_ALEF: Final = "\N{ARABIC LETTER ALEF WITH HAMZA ABOVE}"


def hamza_initial(ctx: Context, start: int, end: int, word: str) -> bool:
    """A transliterated name written with a hamza before its lam (أليندي، ألفاريز): the
    article is written with a bare alef, so the word only looks definite once normalised."""
    if ctx.raw_char(start) != _HAMZA_ALEF or len(word) < 5 or not arabic_word(word):
        return False
    lex = ctx.lexicon
    if word in lex.stopwords or word in lex.value_words:
        return False
    return ctx.hit_in_word(start, ENTITY | TRIGGER | TITLE | NISBA) is None


def _third_word(ctx: Context, start: int, end: int, word: str) -> bool:
    """May this word extend a name that starts with a known first name by a third word?"""
    if word in ctx.lexicon.first_names and word != "علي":
        return not any(hit.kinds & (TRIGGER | TITLE) for hit in ctx.hits_at.get(start, ()))
    if not is_definite(word) or not word.endswith("ي") or word in OCC_WORDS:
        return False  # a third family name is nisba-shaped: السوداني، الغزواني
    return definite_surname(ctx, start, end, word, True)


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
    if not is_definite(word) or not arabic_word(word) or len(word) < 5:
        return False
    lex = ctx.lexicon
    if word in lex.stopwords or word in lex.value_words or word in NOT_SURNAMES:
        return False
    return ctx.longest(start, TRIGGER) is None


def compound_part(ctx: Context, link: str, nxt: tuple[int, int, str]) -> bool:
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
