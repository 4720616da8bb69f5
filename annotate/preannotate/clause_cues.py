"""The words of a trigger's clause, and the negators that govern it (the modality governors
are in `modality_cues`).

All words are in the normalised spelling of `annotate.text.normalize` (no tashkeel, ة → ه,
أ/إ/آ → ا, ى → ي). A governor only counts inside the trigger's own clause: the scan to the
left stops at a full stop, a colon or semicolon, a comma that does not open a coordinated
complement (`، وإلى سحب`), a word that opens a new clause (`فيما`, `الذي`) and an adjunct
that names a real event (`بعد`, `إثر`, `بسبب`): `دعا إلى وقف القتال بعد مقتل ٢٠ شخصاً` does
not request the deaths.
"""

from __future__ import annotations

import re
from typing import Final

_TOKEN: Final = re.compile(r"[^\W_]+|[^\w\s]|\n")
_STOP_MARKS: Final = frozenset(".؛;:!?؟\n")
_COMMA: Final = frozenset("،,")
_SCAN: Final = 18  # words: a request with its addressee, its object and a coordinated complement

# Words that open a new clause or an adjunct about something that happened.
_CLAUSE_OPENERS: Final = frozenset(
    [
        *("فيما", "بينما", "لكن", "لكنه", "لكنها", "لكنهم", "غير", "حين", "حيث", "عندما"),
        *("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي"),
        *("بعد", "اثر", "عقب", "جراء", "بسبب", "منذ", "وسط", "رغم", "بعدما", "اذ", "كما"),
        *("خلال", "اثناء", "غرار"),
    ]
)
_CONJ: Final = "وف"
_AFTER: Final = frozenset(["بعد", "بعدما"])
EXCEPT_AFTER: Final = "الا بعد"
UNTIL: Final = "الي حين"


def token_spans(text: str, offset: int) -> tuple[list[str], list[int]]:
    """The words and marks of `text` and their start offsets (plus `offset`)."""
    # findall and a find per token, not a match object per token (twice as fast compiled):
    # only spaces and "_" lie between tokens and no token starts with one, so the first
    # occurrence of a token at or after the end of the one before is where it was matched.
    toks: list[str] = _TOKEN.findall(text)
    starts: list[int] = []
    pos = 0
    for tok in toks:
        pos = text.find(tok, pos)
        starts.append(pos + offset)
        pos += len(tok)
    return toks, starts


def tokens(text: str) -> list[str]:
    """Words and punctuation marks of a normalised text, in order."""
    return _TOKEN.findall(text)


def bare(word: str) -> str:
    """`word` without a glued و / ف conjunction (ولم → لم; a two-letter word is kept)."""
    return word[1:] if len(word) > 2 and word[0] in _CONJ else word


def is_in(word: str, group: frozenset[str]) -> bool:
    return word in group or bare(word) in group


def clause_left(toks: list[str], coordinated: bool = False) -> list[str]:
    """The words of the clause before the trigger, nearest last (punctuation dropped).

    A comma ends the clause unless what follows it continues a complement (`، وإلى سحب`,
    `، إلى "الوقف الفوري"`; `coordinated`: the trigger itself carries the و of a coordinated
    noun) or it opens a short insertion closed by another comma (`، اليوم الأحد،`).
    """
    out: list[str] = []
    n = len(toks) - 1
    while n >= 0:
        tok = toks[n]
        if tok in _STOP_MARKS:
            break
        if tok in _COMMA:
            inserted = _insertion(toks, n)
            if inserted >= 0:
                n = inserted - 1  # skip the insertion and its opening comma
                continue
            if out and (out[-1].startswith(_GO_ON) or out[-1] in _COMPLEMENT):
                n -= 1
                continue
            if not out and coordinated:
                n -= 1
                continue
            break
        n -= 1
        if not tok[0].isalnum():
            continue  # quotes and brackets do not end a clause
        if is_in(tok, _CLAUSE_OPENERS):
            if bare(tok) in _AFTER and n >= 0 and toks[n] == "الا":
                out.append(EXCEPT_AFTER)  # إلا بعد أن يلقوا أسلحتهم: a condition
            elif tok == "حين" and n >= 0 and bare(toks[n]) == "الي" and not out:
                out.append(UNTIL)  # إلى حين سحب قواتها: an event awaited
            break
        out.append(tok)
        if len(out) >= _SCAN:
            break
    out.reverse()
    return out


_COMPLEMENT: Final = frozenset(["الي", "علي"])
# After a comma, a coordinated noun or prepositional complement goes on with the clause; a
# coordinated verb (، وأكدت أن …) starts a new one.
_GO_ON: Final = ("وال", "والي", "وعلي", "وب", "ول")
_INSERTION: Final = 4  # words of an apposition
_ADJUNCT: Final = 8  # words of an adjunct of time or place (، مساء الجمعة في العاصمة التشادية،)
_ADJUNCT_START: Final = frozenset(
    [
        *("في", "من", "علي", "عن", "مع", "خلال", "وفق", "وفقا", "بحسب", "حسب", "امس", "صباح"),
        *("مساء", "ليل", "ليله", "فجر", "ظهر", "يوم", "بدوره", "بدورها", "منذ", "عبر", "اليوم"),
    ]
)


def _insertion(toks: list[str], comma: int) -> int:
    """The index of the comma that opens a short insertion ending at `comma`, or -1.

    An insertion is an adjunct (`، في بيان اليوم الثلاثاء،`, `، صباح الأحد،`) or an
    apposition (`، الدول الضامنة للعملية،`): it opens with a preposition, a time word or a
    definite noun, never with a verb or a conjunction (`، وقال …،` is a clause of its own).
    """
    words: list[str] = []
    for n in range(comma - 1, max(-1, comma - 2 * _ADJUNCT - 2), -1):
        tok = toks[n]
        if tok in _COMMA:
            if not words or (len(words) > 1 and words[-2] == "حين"):
                return -1  # (، في حين …: whereas, a clause of its own)
            if words[-1] in _ADJUNCT_START or (
                words[-1].startswith("ال") and len(words) <= _INSERTION
            ):
                return n
            return -1
        if tok in _STOP_MARKS:
            return -1
        if tok[0].isalnum():
            words.append(tok)
            if len(words) > _ADJUNCT:
                return -1
    return -1


def clause_right(toks: list[str], limit: int) -> list[str]:
    """Up to `limit` words after the trigger, to the end of its clause."""
    out: list[str] = []
    for tok in toks:
        if tok in _STOP_MARKS or tok in _COMMA:
            break
        if tok[0].isalnum():
            out.append(tok)
            if len(out) >= limit:
                break
    return out


# --- negation -----------------------------------------------------------------------------

# Particles that negate the word right after them.
NEGATORS: Final = frozenset(["لم", "لن", "لا", "ليس", "ليست", "لسنا", "ليسوا"])
# Nouns that negate the noun they govern (من دون وقوع إصابات، عدم التوصل إلى اتفاق).
NOUN_NEGATORS: Final = frozenset(["دون", "بدون", "عدم", "بعدم", "لعدم"])
# Verbs of denial whose object is a denied event (نفى وقوع أي إصابات).
DENIALS: Final = frozenset(
    [
        *("نفي", "نفت", "نفوا", "ينفي", "تنفي", "ينفون", "نافيا", "نافيه", "نافين"),
        *("نفيا", "نفتا", "تنفيان", "ينفيان"),
    ]
)
# "No longer": لم يعد يسيطر negates the control.
LONGER: Final = frozenset(["يعد", "تعد", "يعودوا", "تعودا", "نعد"])
# Light and occurrence verbs and nouns: a negation on them falls on the event they carry
# (لم تجر أي مفاوضات، لم يصدر أي بيان، لن تبدأ أي حرب، دون وقوع إصابات، دون التوصل إلى اتفاق).
CARRIERS: Final = frozenset(
    [
        *("تجر", "يجر", "تجري", "يجري", "يصدر", "تصدر", "تبدا", "يبدا", "نبدا", "تشن", "يشن"),
        *("تنفذ", "ينفذ", "تسجل", "يسجل", "يقع", "تقع", "يحدث", "تحدث", "يتم", "تتم"),
        *("تفض", "يفض", "تفضي", "يفضي", "تسفر", "يسفر", "تود", "يود", "تودي", "يودي"),
        *("يتوصل", "تتوصل", "يتوصلا", "يتوصلوا", "نتوصل", "تتوصلا", "توقع", "يوقع", "يوقعا"),
        *("وقوع", "تسجيل", "حدوث", "التوصل", "سقوط", "حصول", "اجراء", "عقد"),
        # the first person of a briefing (لم نسجّل أي مقتل، لا نوقّع معاهدة سلام)
        *("نجري", "نشن", "ننفذ", "نسجل", "نوقع"),
        # copulas: لا يشكّل سيطرة، لا يمثل عدواناً
        *("يشكل", "تشكل", "يمثل", "تمثل"),
    ]
)
# Attitude verbs: negated, they make the event an unrealised wish, not a negated fact
# (لا يريد الحرب: HYPOTHETICAL and POSITIVE).
WANTS: Final = frozenset(
    [
        *("يريد", "تريد", "يريدون", "نريد", "اريد", "تريدان", "يريدان"),
        *("يرغب", "ترغب", "يرغبون", "نرغب", "تسعي", "يسعي", "نسعي"),
    ]
)
# Intentions: a negated intention is a negated future (لا تنوي سحب قواتها).
INTENDS: Final = frozenset(
    [
        *("تنوي", "ينوي", "ينوون", "ننوي", "تعتزم", "يعتزم", "يعتزمون", "نعتزم"),
        *("تعتزمان", "يعتزمان", "تنويان", "ينويان"),
    ]
)
# The future auxiliaries of Levantine and Gulf Arabic (ما رح تتخلى، ما راح).
# (not حي, a quarter, nor بدو, Bedouins: too common as nouns in news)
DIALECT_FUTURE: Final = frozenset(["رح", "راح"])
ANY: Final = frozenset(["اي", "باي", "لاي", "واي"])
_PREPOSITIONS: Final = frozenset(["الي", "عن", "من", "في", "علي", "ب"])


# Being subjected to an event (تعرضت لهجوم): denied, the event is.
_SUFFERED: Final = frozenset(["تعرض", "تعرضت", "تعرضوا", "تعرضا", "يتعرض", "تتعرض", "تعرضها"])


_DENIER: Final = 8  # words between a denial and its أن: the denier's title and name


def denied_clause(left: list[str]) -> bool:
    """Whether the clause is the أن-complement of a denial (نفت طهران أن تكون …، نفى المتحدث
    باسم الجناح المنشق أماني غبرهيوت أن تكون قواته قد هاجمت)."""
    for j in range(len(left) - 2, -1, -1):
        if left[j] == "ان" and any(is_in(w, DENIALS) for w in left[max(0, j - _DENIER) : j]):
            return True
    return False


def _negator(word: str) -> bool:
    return is_in(word, NEGATORS) or is_in(word, NOUN_NEGATORS)


def negation(left: list[str]) -> str | None:
    """The word that negates the trigger at the end of `left` (its clause), or None.

    A negator governs the word right after it; through a light or occurrence verb it
    reaches that verb's event (`لم تجر أي مفاوضات`, `دون وقوع إصابات`, `لم تفض إلى اتفاق`),
    and a denial reaches an event after أي (`نفى وقوع أي إصابات`). A negated want (`لا
    يريد الحرب`) and a negated verb with the trigger as its plain object (`لن توقف
    عمليتها`, `لم تلتزم بالتفاهمات`) do not negate the event.
    """
    n = len(left)
    if n == 0:
        return None
    last = left[-1]
    if _negator(last):
        return bare(last)
    if n >= 2:
        before = left[-2]
        if is_in(before, NEGATORS) and (
            is_in(last, LONGER) or is_in(last, INTENDS) or is_in(last, CARRIERS)
        ):
            return bare(before)
        if is_in(before, NOUN_NEGATORS) and is_in(last, CARRIERS):
            return bare(before)
        if bare(before) == "ما" and last in DIALECT_FUTURE:
            return "ما"
    if is_in(last, _SUFFERED) and denied_clause(left):
        return "نفي"  # نفت أن تكون المنشأة قد تعرضت لهجوم: a denied attack
    any_word = last in ANY
    k = n - 2 if any_word else n - 1
    if k >= 0 and left[k] in _PREPOSITIONS:
        k -= 1
    if k == n - 1 or k < 0:
        return None
    if _negator(left[k]) or is_in(left[k], DENIALS):
        return bare(left[k])
    if k >= 1 and is_in(left[k], CARRIERS):
        if _negator(left[k - 1]) or is_in(left[k - 1], DENIALS):
            return bare(left[k - 1])
        for j in range(k - 2, max(-1, k - 5), -1):  # نفى الجيش وقوع أي إصابات
            if is_in(left[j], DENIALS):
                return "نفي"
    if any_word and any(is_in(w, DENIALS) for w in left):
        return "نفي"  # نفت في بيانها أي إطلاق نار: a denied event
    if any_word:  # لم يصدر المجلس أي بيان: the subject stands between verb and object
        for j in range(k - 1, max(-1, k - 5), -1):
            if (_negator(left[j]) or is_in(left[j], DENIALS)) and is_in(left[j + 1], CARRIERS):
                return bare(left[j])
    return None
