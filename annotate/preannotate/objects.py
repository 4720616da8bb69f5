"""The object of a request or an accusation: the mention after the verb's subject (or
right after the verb) and before its complement, إلى / على / a ب-masdar (`داعياً مجلس الأمن
إلى`, `حث أذربيجان على`, `اتهمت X بقصف`), past an aside set off by commas, a date, an
abbreviation in parentheses (`مجموعة X (سادك) إلى`) and the noun of a side's representatives
(`تدعو الوزارة حكومتي X وY إلى`); `طلبت من X`: the one asked after من."""

from __future__ import annotations

from typing import Final

from annotate.preannotate.labels import PER
from annotate.preannotate.lexicon import norm_key
from annotate.preannotate.roles_places import PLACES
from annotate.preannotate.sentence import Mention, Sentence
from annotate.preannotate.spans import TriggerCandidate
from annotate.schema import EntityType, ValueType

_VALUES: Final = (ValueType.DATE, ValueType.TIME, ValueType.DURATION)
_BEH: Final = "\N{ARABIC LETTER BEH}"
# Words that open the complement of a request or an accusation after its object.
_COMPLEMENT: Final = frozenset(["الي", "علي", "ب"])


def objects(sent: Sentence, trig: TriggerCandidate, subject: list[Mention]) -> list[int]:
    """The object of a request or accusation verb or noun with subject `subject`."""
    pos = subject[-1][1].end if subject and subject[-1][1].start > trig.end else trig.end
    if not subject:
        pos = max(pos, bare_title_end(sent, trig))
    found = (
        object_after(sent, pos)
        or object_after(sent, past_aside(sent, pos))
        or object_after(sent, _past_date(sent, pos))
        or _represented(sent, trig.end)
    )
    if found is None and _ASKING in trig.key:
        found = _asked(sent, pos)
    if found is None or any(found[0] == i for i, _ in subject):
        return []
    return [i for i, _ in sent.chain(found)]


_ASKING: Final = "طلب"
_FROM: Final = "من"


def _asked(sent: Sentence, pos: int) -> Mention | None:
    """`طلبت (X) من Y أن`, `طلبت من Y والنرويج`: the one asked after من."""
    word = sent.ctx.word_at(pos)
    if word is None or word[2] != _FROM:
        return None
    found = sent.after_title(word[1])
    return found if found is not None and found[1].label in _ADDRESSED else None


_ADDRESSED: Final = (EntityType.GPE, EntityType.ORG, EntityType.PER, EntityType.NORP)


def _past_date(sent: Sentence, pos: int) -> int:
    """`أمرت المحكمة اليوم الخميس X بسحب`: `pos` past a date right after it."""
    found = sent.after(pos)
    if found is not None and found[1].label in _VALUES:
        return found[1].end
    return pos


# Nouns of the people who stand for a side: تدعو الوزارة حكومتي X وY إلى.
_REPRESENTATIVES: Final = frozenset(
    norm_key(w) for w in ["حكومتي", "حكومات", "قادة", "زعماء", "ممثلي", "سلطات"]
)


def _represented(sent: Sentence, pos: int) -> Mention | None:
    """`تدعو الوزارة حكومتي X وY إلى`: the sides named after a representatives noun at most
    two words after the verb, when the complement follows them."""
    ctx = sent.ctx
    for _ in range(3):
        word = ctx.word_at(pos)
        if word is None or word[0] >= sent.end or not word[2].isalpha():
            return None
        if word[2] in _REPRESENTATIVES:
            return object_after(sent, word[1])
        pos = word[1]
    return None


def bare_title_end(sent: Sentence, trig: TriggerCandidate) -> int:
    """Where a title right after a verb ends when no name follows it and a complement comes
    after the mention then (`اتهم ممثل ليبيا قوات X بخرق`: the title is the subject, the
    mention the object); else -1."""
    word = sent.ctx.word_at(trig.end)
    if word is None or word[0] not in sent.title_from:
        return -1
    end = sent.title_from[word[0]]
    found = sent.after(end)
    if found is None or found[1].label is PER or object_after(sent, end) is None:
        return -1
    return found[1].start if sent.ctx.text[end : found[1].start].strip() == "" else -1


def object_after(sent: Sentence, pos: int) -> Mention | None:
    """The mention at `pos` when a complement follows it (`X إلى`, `X على`, `X بقصف`)."""
    found = sent.after(pos)
    if found is None:
        return None
    chain = sent.chain(found)
    end = chain[-1][1].end
    nxt = sent.ctx.word_at(end)
    if nxt is not None and nxt[2] == '"':
        nxt = sent.ctx.word_at(nxt[1])  # اتهم "جيش X" بقصف، دعا X "إلى": past a quote mark
    if nxt is not None and nxt[2] == "(":
        # مجموعة تنمية الجنوب الأفريقي (سادك) إلى: past an abbreviation
        close = sent.ctx.text.find(")", nxt[1], min(sent.end, nxt[1] + 40))
        if close > 0:
            nxt = sent.ctx.word_at(close + 1)
    if nxt is not None and nxt[2] == "في":
        # حثّت السلطات في باماكو على: past a في-place that locates the object
        place = sent.after(nxt[1])
        if place is not None and place[1].label in PLACES:
            nxt = sent.ctx.word_at(place[1].end)
    if nxt is None:
        return None
    word = nxt[2]
    if word in _COMPLEMENT or (word.startswith(_BEH) and len(word) > 3 and word[1:3] != "ين"):
        return found
    return None


# Words that open an aside between commas after a subject: في خطاب، خلال لقائه، عبر منصة.
_ASIDE: Final = frozenset(["في", "خلال", "عبر"])


def past_aside(sent: Sentence, pos: int) -> int:
    """`دعا X، في خطاب متلفز مساء الأحد، Y إلى`, `دعا X، مساء الأحد، Y إلى`: `pos` past an
    aside set off by commas (a phrase on في / خلال / عبر, or a date), else `pos`."""
    ctx = sent.ctx
    comma = ctx.word_at(pos)
    if comma is None or comma[2] != ",":
        return pos
    close = ctx.text.find(",", comma[1], min(sent.end, comma[1] + 120))
    if close < 0:
        return pos
    inner = sent.words(comma[1], close)
    if not inner or len(inner) > 14:
        return pos
    if inner[0] not in _ASIDE:
        when = sent.after(comma[1])
        if when is None or when[1].label not in _VALUES or when[1].end != close:
            return pos
    return close + 1
