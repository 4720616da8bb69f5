"""Event triggers from the trigger lexicon (multiword expressions win over their parts).

Every surface form in `triggers.tsv` is a key of the one automaton, so `وقف إطلاق النار`
beats `إطلاق النار` by leftmost-longest resolution. Context rules drop what is not an event
mention, or retype it:
- an Attack noun that is the object of a stop/end word (وقف القتال is an agreement, not a
  fight) or part of an idiom (أرض المعركة = battlefield, مناطق الاشتباك, قواعد الاشتباك);
- `عملية`/`عمليات` as the head of another trigger (عمليات تبادل الأسرى) or as an adjective
  (خطوات عملية);
- any form of `توصل` before an agreement noun (the noun is the trigger, the verb a light verb);
- `إعلان` naming a ceasefire document (إعلان وقف إطلاق النار);
- a purpose nominal (لبحث، لمناقشة) is no meeting;
- discussion verbs (بحث، ناقش، المحادثة) in a document about a phone call are the call;
- a joint statement is an Agreement only when signed (وقّعوا على بيان مشترك);
- the other senses of the generated lemma forms (trigger_senses.py);
- handing over (سلّم، تسليم) is a Disarm or a Release by what is handed (handover.py).
Triggers inside an ORG/FAC/PER/WEA name (مركز مراقبة وقف إطلاق النار) are dropped by the
pipeline.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from annotate.preannotate.gazetteer import Hit
from annotate.preannotate.handover import HANDED_OVER, handed_over
from annotate.preannotate.labels import (
    EVENT_AGREEMENT,
    EVENT_ATTACK,
    EVENT_CONTROL,
    EVENT_DIE,
    EVENT_MEET,
    EVENT_PHONE,
    EVENT_RELEASE,
    EVENT_STATEMENT,
)
from annotate.preannotate.spans import Context, TriggerCandidate
from annotate.preannotate.trigger_senses import (
    ABSTRACT,
    JOINT_STATEMENT,
    clause_words,
    other_sense,
    paradigm_keys,
    signed,
)
from annotate.schema import EventType

_BEH: Final = "\N{ARABIC LETTER BEH}"
_TEH: Final = "\N{ARABIC LETTER TEH}"
# The prefixes of the imperfect (يقول، تقول، نقول، أقول): spoken Arabic puts ب before it
# (بتقول، بيحكوا), so only a past verb is sure to be no ب-word.
_IMPERFECT: Final = frozenset(
    "\N{ARABIC LETTER YEH}\N{ARABIC LETTER TEH}\N{ARABIC LETTER NOON}\N{ARABIC LETTER ALEF}"
)


def _past_in_t(key: str) -> bool:
    """A past verb with the feminine or first-person ت (حثت، طالبت), no masdar (سحب، طلب)."""
    return key.endswith(_TEH) and key[:1] not in _IMPERFECT


_STOP_WORDS: Final = frozenset(
    [
        *("وقف", "لوقف", "ووقف", "بوقف", "وقفا", "انهاء", "لانهاء", "وانهاء"),
        *("تجنب", "لتجنب", "منع", "لمنع"),
        "ارض",  # أرض المعركة: the battlefield
        # places and rules of fighting, not a fight: مناطق الاشتباك، خطوط القتال، قواعد الاشتباك
        *("مناطق", "منطقه", "خطوط", "خط", "قواعد", "ساحات", "جبهات", "نقاط", "مواقع"),
    ]
)
_OPERATION: Final = frozenset(["عمليه", "العمليه", "عمليات", "العمليات"])
# After عملية/عمليات a definite word is its genitive or adjective: an operation of smuggling,
# a kidnapping, the political process (عمليات التهريب، عملية الخطف، العملية السياسية) is no
# attack unless the word is a military adjective, an attack masdar or a plain qualifier.
_MILITARY_OPERATION: Final = frozenset(
    [
        *("عسكريه", "قتاليه", "بريه", "جويه", "بحريه", "هجوميه", "ارهابيه", "انتحاريه"),
        *("استشهاديه", "نوعيه", "امنيه", "خاصه", "مشتركه", "واسعه", "طعن", "دهس", "انزال"),
        *("تسلل", "قنص", "اخيره", "اولي", "ثانيه", "جديده", "كبري", "مزدوجه", "عداييه"),
    ]
)
_CALMED: Final = frozenset(
    ["الوضع", "الاوضاع", "التوتر", "التوترات", "الاجواء", "الموقف", "النفوس"]
)
_EXCHANGE_VERBS: Final = frozenset(["تبادلت", "تبادلا", "يتبادل", "تتبادل", "يتبادلان", "تتبادلان"])
_CAPTIVES: Final = (
    *("اسير", "اسري", "الاسير", "الاسري", "محتجز", "المحتجز", "رهاين", "الرهاين", "رهين"),
    *("الرهين", "سجين", "السجين", "سجنا", "السجنا", "معتقل", "المعتقل", "جثث", "الجثث"),
    *("جثامين", "الجثامين", "رفات", "الرفات", "مختطف", "المختطف"),
)


_REACHED: Final = paradigm_keys("توصل/يتوصل")
# verbal nouns of discussing that spell like the verb (بحث، تفاوض، تباحث، تشاور)
_PURPOSE: Final = frozenset(["بحث", "تفاوض", "تباحث", "تشاور", "مناقشه", "تحاور"])
# discussion verbs that name a phone call in a document reporting one (the headline يبحثان and
# the past forms of its report; تبحثان in a headline is as often a meeting)
_DISCUSSION: Final = frozenset(
    [
        *("بحث", "بحثا", "بحثت", "بحثوا", "يبحث", "يبحثان", "تبحث", "ناقش", "ناقشا", "ناقشت"),
        "يناقش",
        *("يناقشان", "المحادثه", "محادثه"),
    ]
)


def find_triggers(ctx: Context, hits: list[Hit]) -> list[TriggerCandidate]:
    """Trigger candidates, leftmost-longest, with the context rules applied."""
    entries = ctx.lexicon.triggers
    # leftmost-longest over the hits (on equal spans the higher prior, then the first hit)
    order = []
    for i, hit in enumerate(hits):
        if _BEH in hit.prefix and entries[hit.key].verbal and _past_in_t(hit.key):
            continue  # بحثت is no ب + حثت: a past verb never takes the preposition ب
        order.append((hit.start, hit.start - hit.end, -entries[hit.key].prior, i))
    order.sort()
    kept: list[TriggerCandidate] = []
    last_end = -1
    for start, _, _, i in order:
        if start < last_end:
            continue
        hit = hits[i]
        entry = entries[hit.key]
        kept.append(
            TriggerCandidate(
                start,
                start + entry.span_len if entry.span_len else hit.end,
                entry.event_type,
                entry.prior,
                hit.key,
                hit.prefix,
                _hints(entry.hints),
                hit.end,
            )
        )
        last_end = hit.end
    starts = {c.start: c.event_type for c in kept}
    phone_doc = any(c.event_type is EVENT_PHONE and " " in c.key for c in kept)
    out: list[TriggerCandidate] = []
    for cand in kept:
        if cand.key in HANDED_OVER:
            handed = handed_over(ctx, cand)
            if handed is None:
                continue
            cand.event_type = handed
        if _dropped(ctx, cand, starts):
            continue
        if cand.key in JOINT_STATEMENT and not signed(ctx, cand.start):
            cand.event_type = EVENT_STATEMENT  # أصدرتا بياناً مشتركاً: issued, not signed
        if (
            phone_doc
            and cand.event_type is EVENT_MEET
            and cand.key in _DISCUSSION
            and not _after_meeting(ctx, cand, out)
        ):
            cand.event_type = EVENT_PHONE
        if cand.event_type is EVENT_MEET and _restated(ctx, cand, starts, out):
            continue
        out.append(cand)
    return out


# Verbs of discussing that name the meeting their clause names again (ناقشنا الموضوع في
# اجتماع اللجنة، ناقشت الجمعية في جلستها): the meeting noun is the trigger.
_DISCUSSED: Final = paradigm_keys("بحث/يبحث", "ناقش/يناقش", "تباحث/يتباحث", "تشاور/يتشاور")
_IN: Final = frozenset(["في", "خلال"])
_CLAUSE_ENDS: Final = frozenset(".,:;!?\n؛؟")


def _one_clause(between: str) -> bool:
    return len(between) < 120 and not any(ch in _CLAUSE_ENDS for ch in between)


def _restated(
    ctx: Context,
    cand: TriggerCandidate,
    types_at: dict[int, EventType],
    earlier: list[TriggerCandidate],
) -> bool:
    """Is the meeting `cand` names named by another trigger of its clause: a discussion verb
    before في + a meeting noun, a round (جولة) before its talks noun (جولة مفاوضات) or after
    talks its clause already names (المحادثات ستُستأنف في جولة رابعة)?"""
    if cand.key in _ROUND:
        after = ctx.word_at(cand.end)
        if after is not None and types_at.get(after[0]) is EVENT_MEET:
            return True
        return any(
            t.event_type is EVENT_MEET and _one_clause(ctx.text[t.end : cand.start])
            for t in earlier[-3:]
        )
    if cand.key not in _DISCUSSED:
        return False
    pos = cand.end
    for _ in range(8):
        word = ctx.word_at(pos)
        if word is None or word[2] in (",", ".", ";"):
            return False
        if word[2] in _IN:
            nxt = ctx.word_at(word[1])
            return nxt is not None and types_at.get(nxt[0]) is EVENT_MEET
        pos = word[1]
    return False


_HINTS: Final[dict[tuple[tuple[str, str], ...], Mapping[str, str]]] = {}


def _hints(pairs: tuple[tuple[str, str], ...]) -> Mapping[str, str]:
    """The attribute hints of a trigger entry as a read-only mapping (shared, never copied)."""
    hints = _HINTS.get(pairs)
    if hints is None:
        hints = _HINTS[pairs] = MappingProxyType(dict(pairs))
    return hints


def _after_meeting(ctx: Context, cand: TriggerCandidate, earlier: list[TriggerCandidate]) -> bool:
    """`التقى X Y، وناقشا`: a discussion verb in the sentence of a face-to-face meeting verb
    names that meeting, even in a document that reports a phone call."""
    stop = ctx.text.rfind(".", 0, cand.start)
    return any(
        t.event_type is EVENT_MEET and t.key not in _DISCUSSION and t.start > stop
        for t in earlier[-3:]
    )


# Participles that are also plain adjectives (خطوة لافتة = a remarkable step): a statement
# only when their complement إلى follows.
_ADJECTIVAL: Final = frozenset(["لافتا", "لافته", "لافتين"])
# حال participles of speech that are also adjectives (غير معلنة، مذكرة): speech only after a
# comma.
_CIRCUMSTANTIAL: Final = frozenset(
    [
        *("معلنا", "معلنه", "مهددا", "مهدده", "متوعدا", "متوعده", "مبديا", "مبديه", "زاعما"),
        *("زاعمه", "مذكرا", "منوها", "منوهه"),
    ]
)
# Comment verbs (علق على): speech when negated (ولم يعلق X) or with على right after; otherwise
# a suspension (علقت الحكومة المفاوضات).
_COMMENT: Final = paradigm_keys("علق/يعلق")
_NEGATORS: Final = frozenset(["لم", "ولم", "لا", "ولا", "فلم"])
# حمل X (Y) المسؤولية: blaming only with مسؤولية later in the clause (يحملون بنادق = carrying).
_BLAME: Final = paradigm_keys("حمل/يحمل")
# A bare أطلق is a firing only with its projectile: the passive after it (قذائف أطلقت من …)
# or the object a few words on (لن نطلق رصاصة واحدة، أطلقت عليه مدافع المياه); أطلقت الحكومة
# مبادرة is a launch and warning shots (أعيرة تحذيرية) hit nothing.
_FIRED: Final = paradigm_keys("أطلق/يطلق")
_PROJECTILES: Final = frozenset(
    [
        *("قذايف", "القذايف", "قذيفه", "القذيفه", "صواريخ", "الصواريخ", "صاروخ", "الصاروخ"),
        *("طلقات", "الطلقات", "طلقه", "رصاصات", "الرصاصات", "رصاصه", "اعيره", "الاعيره"),
    ]
)
_FIRED_OBJECTS: Final = (
    *("قذايف", "قذيفه", "صواريخ", "صاروخ", "طلقات", "طلقه", "رصاص", "اعيره", "مدافع"),
    *("الصواريخ", "الصاروخ", "القذايف", "الرصاص", "قنابل", "مسيرات", "المسيرات"),
)
_WARNING: Final = ("تحذيري", "الهواء")
# A round (جولة) is a meeting when it stands alone (بعد جولة أولى، قبيل الجولة); before من the
# talks noun it introduces is the trigger (جولة جديدة من المفاوضات), and a tour is no meeting.
_ROUND: Final = frozenset(["جوله", "الجوله"])
_TOURS: Final = frozenset(
    ["ميدانيه", "تفقديه", "اقليميه", "خليجيه", "اوروبيه", "افريقيه", "اسيويه", "سياحيه"]
)
# Nouns of a death sentence before إعدام (حكم بالإعدام): a verdict, not a killing.
_VERDICT: Final = frozenset(["حكم", "حكما", "احكام", "عقوبه", "قضت", "قضي"])


def _not_an_event(ctx: Context, cand: TriggerCandidate, starts: dict[int, EventType]) -> bool:
    """Adjectives, idioms and other senses of trigger words (see the constants above)."""
    etype = cand.event_type
    entry = ctx.lexicon.triggers[cand.key]
    if other_sense(ctx, cand):
        return True
    if cand.key == "نقل":
        # نقل X عن Y (reported speech), not نقل الجرحى (transport)
        clause = ctx.text[cand.end : cand.end + 80].split(".")[0].split(",")[0]
        return "عن" not in clause.split()[:8]
    if cand.key in _CIRCUMSTANTIAL or entry.circumstantial:
        # `، معلنةً`: a حال participle after a comma; `زيارة غير معلنة` is an adjective
        before = ctx.word_before(cand.start - len(cand.prefix))
        return before is None or before[2] != ","
    if cand.key in _COMMENT:
        before = ctx.word_before(cand.start - len(cand.prefix))
        after = ctx.word_at(cand.end)
        negated = before is not None and before[2] in _NEGATORS
        return not negated and (after is None or after[2] != "علي")
    if cand.key in _BLAME:
        # والمسؤولية، بالمسؤولية، مسؤولية القصف
        return not any(w.endswith("مسووليه") for w in clause_words(ctx, cand.end, 14))
    if etype is EVENT_ATTACK and cand.key in _FIRED:
        pos = cand.start - len(cand.prefix)
        for _ in range(2):  # طلقات عدة أطلقت
            word = ctx.word_before(pos)
            if word is None:
                break
            if word[2] in _PROJECTILES:
                return False
            pos = word[0]
        words = clause_words(ctx, cand.end, 6)
        fired = any(w.startswith(_FIRED_OBJECTS) for w in words[:4])
        return not fired or any(w.startswith(_WARNING) for w in words)
    if cand.key in _ROUND:
        words = clause_words(ctx, cand.end, 3)
        return "من" in words or (bool(words) and words[0].removeprefix("ال") in _TOURS)
    if cand.key in _ADJECTIVAL:
        after = ctx.word_at(cand.end)
        return after is None or after[2] != "الي"
    if etype is EVENT_RELEASE and cand.key in _EXCHANGE_VERBS:
        # an exchange is a release only of captives (تتبادلان ٢٠٠ أسير); يتبادل الطرفان
        # القصف، تبادلا وجهات النظر are no release
        words = clause_words(ctx, cand.end, 8)  # past the subject and a date
        return not any(w.startswith(_CAPTIVES) for w in words)
    if etype is EVENT_AGREEMENT and cand.key == "تهديه":
        # تهدئة الوضع / التوتر: calming a situation, not a truce
        after = ctx.word_at(cand.end)
        if after is not None and after[2] in _CALMED:
            return True
    if etype is EVENT_DIE and cand.key.endswith("اعدام"):
        before = ctx.word_before(cand.start - len(cand.prefix))
        if before is not None and before[2] in _VERDICT:
            return True
        return cand.key.startswith("ال") and cand.prefix.endswith("ب")  # بالإعدام
    if etype is EVENT_CONTROL and cand.key == "استعاده":
        after = ctx.word_at(cand.end)
        return after is not None and after[2] in ABSTRACT
    return False


def _dropped(ctx: Context, cand: TriggerCandidate, starts: dict[int, EventType]) -> bool:
    etype = cand.event_type
    if _not_an_event(ctx, cand, starts):
        return True
    if etype is EVENT_ATTACK:
        before = ctx.word_before(cand.start - len(cand.prefix))
        if before is not None and before[2] in _STOP_WORDS:
            return True
        if cand.key in _OPERATION:
            after = ctx.word_at(cand.end)
            if after is not None and after[0] in starts:
                return True
            if after is not None and after[2].startswith("ال"):
                return after[2][2:] not in _MILITARY_OPERATION
            word = before[2] if before is not None else ""
            if len(word) >= 5 and word.endswith("ات") and not word.startswith("ال"):
                return True  # an adjective after a plural noun: خطوات عملية
        return False
    if etype is EVENT_AGREEMENT and cand.key in _REACHED:
        # a light verb before the agreement noun it reaches (توصلت البعثة إلى هدنة)
        window = ctx.text[cand.end : cand.end + 90].split(".")[0]
        if "الي اتفاق" in window or window.lstrip().startswith("اتفاق"):
            return True
        pos = cand.end
        for _ in range(6):
            nxt = ctx.word_at(pos)
            if nxt is None or nxt[2] in (",", ".", ";"):
                break
            if nxt[0] in starts:
                return True
            pos = nxt[1]
    if etype is EVENT_STATEMENT and cand.key.endswith("اعلان"):
        after = ctx.word_at(cand.end)
        if after is not None and after[0] in starts and ctx.text[after[0] : after[0] + 3] == "وقف":
            return True  # إعلان وقف إطلاق النار names the ceasefire document
    # a purpose nominal (لبحث التطورات، غير قابل للتفاوض) is no meeting; a meeting noun after
    # ل still is one (للقاء الوزير، دعمها للحوار، البيان الختامي للقمة)
    return (
        etype is EVENT_MEET
        and cand.prefix.endswith("ل")
        and cand.key.removeprefix("ال") in _PURPOSE
    )
