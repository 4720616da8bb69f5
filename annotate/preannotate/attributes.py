"""Event attributes from cues in the trigger's clause: polarity, modality, tense, and the
per-type agreement kind / stage and control direction.

A cue counts only where it governs the trigger: a negator the word after it (or the event a
light verb carries), a request, condition, threat, aim or proposal the rest of its clause
(the nearest one wins), a future verb its object or subject. Tense follows the verb form of
finite verbal triggers only; participles and verbal nouns keep UNSPECIFIED (see
`clause_cues`, `modality_cues` and `agreement_cues`).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from annotate.preannotate.agreement_cues import agreement_kind, agreement_stage
from annotate.preannotate.clause_cues import (
    ANY,
    DIALECT_FUTURE,
    bare,
    clause_left,
    clause_right,
    denied_clause,
    is_in,
    negation,
    token_spans,
)
from annotate.preannotate.labels import (
    EVENT_AGREEMENT,
    EVENT_CONTROL,
    EVENT_MEET,
    KIND_OTHER,
    MODALITY_ASSERTED,
    MODALITY_FUTURE,
    MODALITY_HYPOTHETICAL,
    POLARITY_NEGATIVE,
    POLARITY_POSITIVE,
    STAGE_AGREED,
    STAGE_SIGNED,
    TENSE_FUTURE,
    TENSE_PAST,
    TENSE_PRESENT,
    TENSE_UNSPECIFIED,
)
from annotate.preannotate.modality_cues import (
    FUTURE_AFTER,
    condition_after,
    future_verb,
    governor,
)
from annotate.preannotate.places import place_at
from annotate.preannotate.spans import Context, TriggerCandidate
from annotate.schema import (
    AgreementKind,
    AgreementStage,
    ControlDirection,
    EntityType,
    EventAttributes,
    EventType,
    Modality,
    Tense,
)

_NOT_REQUESTED: Final = (EventType.REQUEST, EventType.STATEMENT)
_RIGHT: Final = 8
_CACHE: Final[dict[tuple[object, ...], EventAttributes]] = {}


def event_attributes(
    ctx: Context, trig: TriggerCandidate, sentence_start: int, sentence_end: int, verbal: bool
) -> EventAttributes:
    """The attributes of one event, from its trigger and the cue words of its clause."""
    prefix = trig.prefix
    toks, starts = _sentence_tokens(ctx, sentence_start, sentence_end)
    before = toks[: bisect_left(starts, trig.start - len(prefix))]
    right_toks = toks[bisect_left(starts, trig.end) :]
    right = clause_right(right_toks, _RIGHT)
    first = trig.key.split(" ", 1)[0]
    initial = not any(w[0].isalnum() or w in ",،" for w in before)
    # a verbal trigger's clause is read without the coordinated-noun rule, as the verb test needs
    left = clause_left(before, "و" in prefix and not verbal)
    is_verb = verbal and _is_finite_verb(ctx, trig, first, left, initial)
    personal = ctx.lexicon.triggers[trig.key].personal
    tense = _verb_tense(trig.key, personal) if is_verb else TENSE_UNSPECIFIED
    polarity = POLARITY_POSITIVE
    negator = negation(left)
    if negator is None and is_verb and denied_clause(left):
        negator = "نفي"  # نفى … أن تكون قواته قد هاجمت المدينة: a denied act
    if negator is not None:
        polarity = POLARITY_NEGATIVE
    agreement = trig.event_type is EVENT_AGREEMENT
    can_request = trig.event_type not in _NOT_REQUESTED
    modality = governor(left, first, prefix, agreement, can_request, not is_verb)
    if modality is None:
        if "س" in prefix or (not is_verb and _future_time(left, right)):
            modality = MODALITY_FUTURE
        elif negator is None and any(w in ANY for w in left[-2:]):
            modality = MODALITY_HYPOTHETICAL  # أي اعتداء: any attack, none in particular
        elif not verbal and can_request and _future_subject(right):
            modality = MODALITY_FUTURE  # الجولة الجديدة ستركز على …
        elif trig.event_type is EVENT_MEET and not is_verb and _future_clause(left, right):
            modality = MODALITY_FUTURE  # سيلتقي الوزراء … في اجتماع، المحادثات مع أنقرة ستُستأنف
        else:
            modality = MODALITY_ASSERTED
    if is_verb and modality in _CONDITIONABLE and condition_after(right):
        modality = MODALITY_HYPOTHETICAL  # لن يسلّموا سلاحهم إلا بعد انسحاب الجيش
    if is_verb:
        dialect = bool(left) and left[-1] in DIALECT_FUTURE and tense is TENSE_PRESENT
        if "س" in prefix or negator == "لن" or (left and bare(left[-1]) == "سوف") or dialect:
            tense = TENSE_FUTURE  # (ما رح نطلق: the Levantine future before an imperfect)
        elif negator == "لم" and tense is TENSE_PRESENT and bare(left[-1]) == "لم":
            tense = TENSE_PAST  # لم + jussive

    kind = stage = direction = None
    if agreement:
        kind = agreement_kind(trig.key, trig.hints, right)
        rest = [w for w in right_toks if w[0].isalnum()]
        named = _named_instrument(ctx, trig, first, right)
        stage = agreement_stage(trig.hints, left, right, rest, modality, named)
        kind, stage = _same_deal(ctx, trig.key, kind, stage)
    elif trig.event_type is EVENT_CONTROL:
        direction = ControlDirection(trig.hints.get("direction", "gain"))
    key = (polarity, modality, tense, kind, stage, direction)
    cached = _CACHE.get(key)
    if cached is None:
        cached = _CACHE[key] = EventAttributes(
            polarity=polarity,
            modality=modality,
            tense=tense,
            agreement_kind=kind,
            agreement_stage=stage,
            control_direction=direction,
        )
    return cached


# The deal a document is about, as its agreement events have shown it so far: (text, the
# first kind other than `other`, whether a mention was signed). Events come in text order.
_DEAL: Final[list[tuple[str, AgreementKind | None, bool]]] = []
# The definite agreement noun alone refers back to that deal (وينص الاتفاق، رحّب بالاتفاق).
_ANAPHORS: Final = frozenset(["الاتفاق", "الاتفاقيه", "المعاهده", "الصفقه"])


def _same_deal(
    ctx: Context, key: str, kind: AgreementKind, stage: AgreementStage
) -> tuple[AgreementKind, AgreementStage]:
    """A bare definite agreement noun takes the kind of the deal the document named first,
    and its signing, when its own words say nothing of them (see `_DEAL`)."""
    if not _DEAL or _DEAL[0][0] is not ctx.text:
        _DEAL[:] = [(ctx.text, None, False)]
    _, first_kind, signed = _DEAL[0]
    if key in _ANAPHORS:
        if kind is KIND_OTHER and first_kind is not None:
            kind = first_kind
        if stage is STAGE_AGREED and signed:
            stage = STAGE_SIGNED
    if first_kind is None and kind is not KIND_OTHER:
        first_kind = kind
    _DEAL[0] = (ctx.text, first_kind, signed or stage is STAGE_SIGNED)
    return kind, stage


_GPE: Final = (EntityType.GPE,)
_INSTRUMENTS: Final = frozenset(["اتفاق", "اتفاقيه", "معاهده", "اتفاقات", "اتفاقيات", "بروتوكول"])


def _named_instrument(ctx: Context, trig: TriggerCandidate, first: str, right: list[str]) -> bool:
    """Whether an agreement noun is named by the place name right after it (اتفاق ستوكهولم),
    not followed by two parties (اتفاق موسكو وأنقرة)."""
    if first not in _INSTRUMENTS or trig.key != first or not right:
        return False
    if len(right) > 1 and right[1].startswith("و"):
        return False
    return place_at(ctx, trig.end, _GPE) is not None


# The tokens of the last sentence asked for: a sentence's events come one after another and
# each reads its clause from the same tokens (text, start, end, tokens, token starts).
_LAST: Final[list[tuple[str, int, int, list[str], list[int]]]] = []


def _sentence_tokens(ctx: Context, start: int, end: int) -> tuple[list[str], list[int]]:
    if _LAST:
        text, s, e, toks, starts = _LAST[0]
        if text is ctx.text and s == start and e == end:
            return toks, starts
    toks, starts = token_spans(_unwrapped(ctx, start, end), start)
    _LAST[:] = [(ctx.text, start, end, toks, starts)]
    return toks, starts


def _unwrapped(ctx: Context, start: int, end: int) -> str:
    """The text in [start, end) with soft line breaks (a wrapped PDF line) made spaces: only a
    real line break ends a clause."""
    chunk = ctx.text[start:end]
    if not ctx.wraps or "\n" not in chunk:
        return chunk
    chars = list(chunk)
    for ws, we in ctx.wraps.items():
        if start <= ws < end and ctx.text.count("\n", ws, we) == 1:  # a blank line ends it
            for n in range(ws, min(we, end)):
                chars[n - start] = " "
    return "".join(chars)


def _future_subject(right: list[str]) -> bool:
    """Whether a future verb follows the trigger as its predicate (المحادثات ستنطلق)."""
    if not right:
        return False
    if future_verb(right[0]):
        return True
    adjective = right[0].startswith("ال") or right[0].endswith(("يه", "ي"))
    return len(right) > 1 and adjective and future_verb(right[1])


def _future_clause(left: list[str], right: list[str]) -> bool:
    """Whether a future verb heads the clause of a meeting noun: a meeting is an occasion,
    and the clause that sets it in the future sets it (ستستضيف إسطنبول جولة جديدة من
    المفاوضات، سيلتقي الوزراء … في اجتماع، المحادثات مع أنقرة ستُستأنف)."""
    if left and left[-1] in _OCCASION_LINKS and any(future_verb(w) for w in left):
        return True  # (not ستدفع نحو تسريع المفاوضات: talks going on, sped up)
    return any(future_verb(w) for w in right)


# how a meeting noun hangs on the verb that sets it: a round of it, in it
_OCCASION_LINKS: Final = frozenset(["من", "في"])


def _future_time(left: list[str], right: list[str]) -> bool:
    """Whether a future time word dates the nominal trigger (جلسة الأسبوع المقبل)."""
    words = left[-2:] + right[:4]
    return any(
        is_in(w, FUTURE_AFTER)
        and not (bare(w).startswith("القادم") and n + 1 < len(words) and words[n + 1] == "من")
        for n, w in enumerate(words)
    )  # (القادمة من لبنان: coming from, not coming up)


# Form I verbs whose verbal noun is written like the perfect (سحب، قتل، جرح): read as the noun
# unless قد marks the verb; and verbal nouns with a pronoun that the verb rows hold.
_NOUN_LIKE: Final = frozenset(
    ["سحب", "قتل", "جرح", "طلب", "قصف", "ضرب", "اسر", "خطف", "نزع", "رفض"]
)
_NOUN_FORMS: Final = frozenset(
    [
        *("قوله", "قولها", "قولهم", "قولهما", "اتصاله", "اتصالها", "اتصالهما", "اتصالاته"),
        *("اتصالاتها", "اتصالاتهم", "موافقه", "موافقتها", "موافقته", "موافقتهم"),
    ]
)
_PERFECT_MARK: Final = frozenset(["قد", "لقد", "فقد"])
_BEFORE_NOUN: Final = frozenset([*ANY, "الي", "علي", "عن", "في"])
_DAMMA: Final = "\N{ARABIC DAMMA}"


def _passive_mark(ctx: Context, start: int) -> bool:
    """Whether the trigger's first letter carries a damma in the raw text."""
    raw = ctx.norm.raw
    at = ctx.norm.to_raw(start) + 1
    return raw[at : at + 2].find(_DAMMA) >= 0


_FATHATAN: Final = "\N{ARABIC FATHATAN}"
_TEH_MARBUTA: Final = "\N{ARABIC LETTER TEH MARBUTA}"


def _is_finite_verb(
    ctx: Context, trig: TriggerCandidate, first: str, left: list[str], sentence_initial: bool
) -> bool:
    """Whether a trigger from a verb row is a finite verb here, not a participle (مؤكداً،
    قائلاً) or a verbal noun (سحب القوات، قوله): those keep tense UNSPECIFIED."""
    if first in _NOUN_FORMS or (left and left[-1] in _BEFORE_NOUN):
        return False  # (قبل أي تفاوض، إلى تسليم: a verb never follows أي or a preposition)
    if first in _NOUN_LIKE:
        if _passive_mark(ctx, trig.start):
            return True  # قُتل، وجُرح: the damma of a passive perfect
        if sentence_initial and trig.prefix in ("و", "ف"):
            return True  # وقتل خمسة جنود: a sentence opening on it is verbal
        return bool(left) and left[-1] in _PERFECT_MARK and "ب" not in trig.prefix
    if len(first) == 5 and first[0] == "ت" and first[3] == "ي" and first[4] != "ه":
        return False  # the verbal noun of form II (تفعيل: تحييد، تسليم، تنفيذ)
    if first.startswith("م") and len(first) >= 5 and first.endswith(("ا", "ه")):
        return False  # the active participle of a derived verb: مؤكدا، مشيره، مطالبا
    text = ctx.text
    word_end = trig.start
    while word_end < trig.end and text[word_end].isalpha():
        word_end += 1
    if word_end == trig.start:
        return True
    raw = ctx.norm.raw
    r_end = ctx.norm.to_raw(word_end)
    tail = raw[ctx.norm.to_raw(word_end - 1) : r_end + 2]
    return _FATHATAN not in tail and _TEH_MARBUTA not in tail


_TENSES: Final[dict[str, Tense]] = {}
# the endings of the first and second person of the perfect (قلنا، طالبتم، أجريت)
_PERSONAL_PAST: Final = ("نا", "تم", "ت")
_CONDITIONABLE: Final = (Modality.ASSERTED, Modality.FUTURE)


def _verb_tense(key: str, personal: bool) -> Tense:
    tense = _TENSES.get(key)
    if tense is None:
        tense = _TENSES[key] = _verb_tense_of(key, personal)
    return tense


# Form V and VI perfects (تفعّل، تفاعل) whose imperfects take a second ت (يتحدث، تتواصل):
# bare, they are past (تحدث البيان، تعهد الزعيم، الذي تواصل مع الجانبين).
_T_PERFECTS: Final = frozenset(
    [
        *("تحدث", "تعهد", "تواصل", "توفي", "توصل", "تفاوض", "تبادل", "تراجع", "توعد"),
        *("تصدي", "تعرض", "تسلم", "تلقي", "تبني", "تمكن", "تولي", "توغل", "تقدم"),
    ]
)


def _verb_tense_of(key: str, personal: bool) -> Tense:
    first = key.split(" ", 1)[0]
    if bare(first) in _T_PERFECTS:
        return TENSE_PAST
    if personal and first.startswith(("ن", "ا")) and not first.endswith(_PERSONAL_PAST):
        return TENSE_PRESENT  # the first person of the imperfect (نحمّل، ندعو، أقول، أؤكد)
    if first.startswith("ي") or (first.startswith("ت") and not first.endswith(("ت", "وا", "ا"))):
        return TENSE_PRESENT
    return TENSE_PAST
