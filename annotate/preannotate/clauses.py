"""The subject of the clause a coordinated verb is joined to, read off the clause's first
words: `ورحّب الأمين العام X بالاتفاق، ووصفه`, `أن يحضر X ويعلن`, `X ردّت بقوة وحيّدت`:
a clause opening on a verb and its subject (a title skipped), or on its subject."""

from __future__ import annotations

from typing import Final

from annotate.preannotate.sentence import Mention, Sentence, opens_clause
from annotate.schema import EntityType

_SUBJECTS: Final = (EntityType.PER, EntityType.ORG, EntityType.GPE)
# Words that open no verb clause: prepositions, particles, conjunctions on their own.
_NOT_VERBS: Final = frozenset(
    ["في", "من", "علي", "الي", "عن", "مع", "بين", "قد", "لم", "لن", "ما", "لا", "و", "ثم", "كما"]
)
_STOPS: Final = frozenset([",", ".", ":", ";"])


def clause_subject(sent: Sentence, verb_start: int) -> tuple[int, list[Mention]]:
    """Where the clause before the verb at `verb_start` begins (past a comma right before the
    verb, up to a comma, a clause opener or the sentence start) and its subject (empty when
    the clause opens otherwise)."""
    ctx = sent.ctx
    pos = verb_start
    word = ctx.word_before(pos)
    if word is not None and word[2] == ",":
        pos = word[0]
    boundary = sent.start
    for _ in range(30):
        word = ctx.word_before(pos)
        if word is None or word[0] < sent.start:
            break
        if word[2] in _STOPS or opens_clause(word[2]):
            boundary = word[1]
            break
        pos = word[0]
    else:
        return boundary, []
    first = ctx.word_at(boundary)
    if first is not None and first[2] == '"':
        first = ctx.word_at(first[1])  # أن "القوات ردّت …: a quote opens the clause
    if first is None or first[0] >= verb_start:
        return boundary, []
    found = sent.after(first[0])
    if found is not None and found[1].start == first[0]:
        # the clause opens on its subject: X ردّت بقوة وحيّدت
        return boundary, sent.chain(found) if found[1].label in _SUBJECTS else []
    if first[2] in _NOT_VERBS or not first[2].isalpha() or agrees_in_number(first[2]):
        return boundary, []  # ودعوا X إلى: a plural verb's X is its object
    found = sent.after(_past_abbreviation(sent, _past_title(sent, first[1])))
    if found is None or found[1].end > verb_start or found[1].label not in _SUBJECTS:
        return boundary, []
    if ctx.text[found[1].start - 1].isalpha():
        return boundary, []  # glued to a preposition: ورحّب بـX
    return boundary, sent.chain(found)


def _past_title(sent: Sentence, pos: int) -> int:
    word = sent.ctx.word_at(pos)
    return sent.title_from.get(word[0], pos) if word is not None else pos


def _past_abbreviation(sent: Sentence, pos: int) -> int:
    """`pos` past an abbreviation in parentheses after a title (`… لدول غرب أفريقيا (إيكواس)`)."""
    text = sent.ctx.text
    rest = text[pos : pos + 40]
    if not rest.lstrip().startswith("("):
        return pos
    close = rest.find(")")
    return pos + close + 1 if close > 0 else pos


# Plural and dual endings of a verb (هاجموا، يطالبون، اتفقا، تستأنفان): Arabic verbs before
# their subject stay singular, so a verb with such an ending has no subject after it.
_PLURAL_ENDINGS: Final = (
    "\N{ARABIC LETTER WAW}\N{ARABIC LETTER ALEF}",
    "\N{ARABIC LETTER WAW}\N{ARABIC LETTER NOON}",
)
_ALEF: Final = "\N{ARABIC LETTER ALEF}"
_DUAL_IMPERFECT: Final = "\N{ARABIC LETTER ALEF}\N{ARABIC LETTER NOON}"
_IMPERFECT_PREFIXES: Final = ("\N{ARABIC LETTER YEH}", "\N{ARABIC LETTER TEH}")
# Object pronouns ending in alef (انتقدها، أبلغنا): not a dual.
_ALEF_PRONOUNS: Final = (
    "\N{ARABIC LETTER HEH}\N{ARABIC LETTER ALEF}",
    "\N{ARABIC LETTER NOON}\N{ARABIC LETTER ALEF}",
)


def agrees_in_number(key: str) -> bool:
    """The verb of `key` (one word) bears a plural or dual ending: `هاجموا`, `يطالبون`,
    `اتفقا`, `تستأنفان`; not a three-letter defective verb (`دعا`), an object pronoun
    (`انتقدها`) or a perfect in -ān (`أدان`)."""
    if " " in key or len(key) < 4:
        return False
    if key.endswith(_PLURAL_ENDINGS):
        return True
    if key.endswith(_DUAL_IMPERFECT):
        return len(key) >= 5 and key.startswith(_IMPERFECT_PREFIXES)
    return key.endswith(_ALEF) and not key.endswith(_ALEF_PRONOUNS)
