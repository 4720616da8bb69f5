"""The unknown speaker of a reported statement: `قال X Y إن`, `وأوضح X Y Z لوكالة`.

News names a speaker no title introduces with a verb of saying, the name, then what was
said (أن/إن), an aside (a comma) or whom it was said to (للصحفيين). A common-noun subject
in the same slot is definite (قال المسؤول) or carries an adjective or a plural ending
(قال مسؤول محلي، قال سكان محليون، قال شهود عيان), which the shape tests below refuse:
every word must be name-shaped, none a participle, a nisba, a plural or a lexicon word.
"""

from __future__ import annotations

import re
from typing import Final

from annotate.preannotate.gazetteer import ENTITY, NISBA, ORG_HEAD, TITLE, TRIGGER
from annotate.preannotate.labels import PER
from annotate.preannotate.name_words import arabic_word, name_like
from annotate.preannotate.spans import Candidate, Context, is_definite

# A verb of saying that opens a clause (normalised, optional و/ف before it).
_SAYS: Final = re.compile(
    r"(?:^|(?<=[\s.,:;]))[وف]?"
    r"(?:قال|اكد|اوضح|اضاف|صرح|ذكر|اشار|كشف|حذر|شدد|اعتبر|نفي|تابع|لفت|اعلن)(?:ت)? (?=\w)",
    re.MULTILINE,
)

# What follows the speaker's name: what was said, an aside, whom it was said to.
_AFTER: Final = frozenset(
    [
        *["ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", ","],
        *["للصحفيين", "لوكاله", "لقناه", "لصحيفه", "لاذاعه", "لموقع", "للتلفزيون"],
    ]
)
_IN: Final = frozenset(["تصريح", "تصريحات", "بيان", "موتمر", "حديث", "مقابله", "كلمه", "رساله"])

# Indefinite nouns that are the subject of a statement as a group (قال شهود عيان).
_COMMON_SUBJECTS: Final = frozenset(
    [
        *["شهود", "شاهد", "سكان", "اهالي", "ناشطون", "نشطاء", "اطباء", "عمال", "جنود"],
        *["ضباط", "خبراء", "اعضاء", "نواب", "زعماء", "رجال", "افراد", "لاجيون", "اقارب"],
        *["عيان", "بعض", "كثير", "عدد", "احد", "اخرون", "اخر", "غير"],
    ]
)

# Plural, feminine and nisba-plural endings: a common noun or an adjective.
_COMMON_ENDINGS: Final = ("ون", "ين", "ات", "ه", "يون", "يين")


# The one quoted: نقلت الوكالة عن X Y قوله / قولها / تأكيده.
# (the literal first, the look-behind after it: see offices._QUOTED)
_QUOTED_FROM: Final = re.compile(r"عن(?<!\wعن) (?=\w)")
_SAYING: Final = frozenset(["قوله", "قولها", "تاكيده", "تاكيدها"])


def find_speakers(ctx: Context) -> list[Candidate]:
    """PER candidates for the two- or three-word unknown name after a verb of saying, or
    quoted after عن with قوله."""
    out: list[Candidate] = []
    for m in _SAYS.finditer(ctx.text):
        span = _speaker(ctx, m.end())
        if span is not None:
            out.append(Candidate(span[0], span[1], PER, 0.7, "speaker"))
    if "قول" in ctx.text or "تاكيد" in ctx.text:
        for m in _QUOTED_FROM.finditer(ctx.text):
            span = _speaker(ctx, m.end(), _SAYING)
            if span is not None:
                out.append(Candidate(span[0], span[1], PER, 0.7, "speaker"))
    return out


def _speaker(ctx: Context, pos: int, after: frozenset[str] | None = None) -> tuple[int, int] | None:
    words: list[tuple[int, int, str]] = []
    at = pos
    while len(words) < 3:
        word = ctx.word_at(at)
        if word is None or word[0] != at + (1 if words else 0):
            break
        if not _name_word(ctx, word, not words):
            break
        words.append(word)
        at = word[1]
    for n in range(len(words), 1, -1):
        end = words[n - 1][1]
        if after is None and _said_after(ctx, end):
            return words[0][0], end
        nxt = ctx.word_at(end)
        if after is not None and nxt is not None and nxt[0] == end + 1 and nxt[2] in after:
            return words[0][0], end
    return None


def _name_word(ctx: Context, word: tuple[int, int, str], first: bool) -> bool:
    ws, we, w = word
    lex = ctx.lexicon
    if not arabic_word(w) or len(w) < 3 or is_definite(w) or w in _COMMON_SUBJECTS:
        return False
    if first and w in lex.first_names:
        return False  # a known first name: find_first_names takes the name
    if w.endswith(_COMMON_ENDINGS) and w not in lex.first_names:
        # a French surname in -é (إيزيبويه), never the first word
        if first or not w.endswith("يه") or w in lex.nisba or w in lex.stopwords:
            return False
        return ctx.hit_in_word(ws, ENTITY | TRIGGER | TITLE | ORG_HEAD | NISBA) is None
    if first and w[0] == "م" and (w[1] not in "اوي" or len(w) < 5):
        return False  # a participle or a place noun: مسؤول، مصدر، متحدث، موقع
    if w in lex.nisba or "ال" + w in lex.nisba:
        return False  # an adjective: دبلوماسي غربي
    if name_like(ctx, ws, we, w, first):
        return True
    # a transliteration shaped like an imperfect verb (تيودور), long and no verb ending
    return len(w) >= 5 and name_like(ctx, ws, we, w, first, loose=True)


def _said_after(ctx: Context, end: int) -> bool:
    nxt = ctx.word_at(end)
    if nxt is None or nxt[0] > end + 1:
        return False
    if nxt[2] in _AFTER:
        return True
    if nxt[2] != "في":
        return False
    obj = ctx.word_at(nxt[1])
    return obj is not None and obj[2] in _IN
