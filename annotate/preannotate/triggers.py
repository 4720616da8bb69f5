"""Event triggers from the trigger lexicon (multiword expressions win over their parts).

Every surface form in `triggers.tsv` is a key of the one automaton, so `وقف إطلاق النار`
beats `إطلاق النار` by leftmost-longest resolution. Context rules drop what is not an event
mention, or retype it:
- an Attack noun that is the object of a stop/end word (وقف القتال is an agreement, not a
  fight) or part of an idiom (أرض المعركة = battlefield, مناطق الاشتباك, قواعد الاشتباك);
- `عملية`/`عمليات` as the head of another trigger (عمليات تبادل الأسرى) or as an adjective
  (خطوات عملية);
- `توصلت` when `اتفاق` follows (the agreement noun is the trigger, the verb a light verb);
- `إعلان` naming a ceasefire document (إعلان وقف إطلاق النار);
- a purpose nominal (لبحث، لمناقشة) is no meeting;
- discussion verbs (بحث، ناقش، المحادثة) in a document about a phone call are the call.
Triggers inside an ORG/FAC/PER/WEA name (مركز مراقبة وقف إطلاق النار) are dropped by the
pipeline.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from annotate.preannotate.gazetteer import Hit
from annotate.preannotate.lexicon import norm_key
from annotate.preannotate.spans import Context, TriggerCandidate
from annotate.preannotate.trigger_forms import verb_forms
from annotate.schema import EventType

_STOP_WORDS = frozenset(
    [
        *("وقف", "لوقف", "ووقف", "بوقف", "وقفا", "انهاء", "لانهاء", "وانهاء"),
        *("تجنب", "لتجنب", "منع", "لمنع"),
        "ارض",  # أرض المعركة: the battlefield
        # places and rules of fighting, not a fight: مناطق الاشتباك، خطوط القتال، قواعد الاشتباك
        *("مناطق", "منطقه", "خطوط", "خط", "قواعد", "ساحات", "جبهات", "نقاط", "مواقع"),
    ]
)
_OPERATION = frozenset(["عمليه", "العمليه", "عمليات", "العمليات"])
# After عملية/عمليات a definite word is its genitive or adjective: an operation of smuggling,
# a kidnapping, the political process (عمليات التهريب، عملية الخطف، العملية السياسية) is no
# attack unless the word is a military adjective, an attack masdar or a plain qualifier.
_MILITARY_OPERATION = frozenset(
    [
        *("عسكريه", "قتاليه", "بريه", "جويه", "بحريه", "هجوميه", "ارهابيه", "انتحاريه"),
        *("استشهاديه", "نوعيه", "امنيه", "خاصه", "مشتركه", "واسعه", "طعن", "دهس", "انزال"),
        *("تسلل", "قنص", "اخيره", "اولي", "ثانيه", "جديده", "كبري", "مزدوجه", "عدائيه"),
    ]
)
_CALMED = frozenset(["الوضع", "الاوضاع", "التوتر", "التوترات", "الاجواء", "الموقف", "النفوس"])
_EXCHANGE_VERBS = frozenset(["تبادلت", "تبادلا", "يتبادل", "تتبادل", "يتبادلان", "تتبادلان"])
_CAPTIVES = (
    *("اسير", "اسري", "الاسير", "الاسري", "محتجز", "المحتجز", "رهاين", "الرهاين", "رهين"),
    *("الرهين", "سجين", "السجين", "سجنا", "السجنا", "معتقل", "المعتقل", "جثث", "الجثث"),
    *("جثامين", "الجثامين", "رفات", "الرفات", "مختطف", "المختطف"),
)


def _paradigm(*lemmas: str) -> frozenset[str]:
    """The matching keys of every form of the verbs `past/present` (trigger_forms.py): a
    context rule on a verb holds for all its persons (نحمّل X المسؤولية like حمّل)."""
    return frozenset(norm_key(f.text) for lemma in lemmas for f in verb_forms(lemma))


_REACHED = _paradigm("توصل/يتوصل")
# discussion verbs that name a phone call in a document reporting one (the headline يبحثان and
# the past forms of its report; تبحثان in a headline is as often a meeting)
_DISCUSSION = frozenset(
    [
        *("بحث", "بحثا", "يبحث", "يبحثان", "تبحث", "ناقش", "ناقشا", "ناقشت", "يناقش"),
        *("يناقشان", "المحادثه", "محادثه"),
    ]
)


def find_triggers(ctx: Context, hits: list[Hit]) -> list[TriggerCandidate]:
    """Trigger candidates, leftmost-longest, with the context rules applied."""
    entries = ctx.lexicon.triggers
    # leftmost-longest over the hits (on equal spans the higher prior, then the first hit)
    order = []
    for i, hit in enumerate(hits):
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
    starts = {c.start for c in kept}
    phone_doc = any(c.event_type is EventType.PHONE and " " in c.key for c in kept)
    out: list[TriggerCandidate] = []
    for cand in kept:
        if _dropped(ctx, cand, starts):
            continue
        if cand.key in _JOINT_STATEMENT and not _signed(ctx, cand.start):
            cand.event_type = EventType.STATEMENT  # أصدرتا بياناً مشتركاً: issued, not signed
        if (
            phone_doc
            and cand.event_type is EventType.MEET
            and cand.key in _DISCUSSION
            and not _after_meeting(ctx, cand, out)
        ):
            cand.event_type = EventType.PHONE
        out.append(cand)
    return out


_HINTS: dict[tuple[tuple[str, str], ...], Mapping[str, str]] = {}


def _hints(pairs: tuple[tuple[str, str], ...]) -> Mapping[str, str]:
    """The attribute hints of a trigger entry as a read-only mapping (shared, never copied)."""
    hints = _HINTS.get(pairs)
    if hints is None:
        hints = _HINTS[pairs] = MappingProxyType(dict(pairs))
    return hints


# A joint statement is an agreement when signed (وقّع القادة على بيان مشترك), a statement when
# issued (حثّت الدولتان في بيان مشترك).
_JOINT_STATEMENT = frozenset(["بيان مشترك", "البيان المشترك"])
_SIGNING = _paradigm("وقع/يوقع") | {"توقيع", "التوقيع"}


def _signed(ctx: Context, start: int) -> bool:
    """Is there a signing word earlier in the sentence of `start`?"""
    sentence = ctx.text[ctx.text.rfind(".", 0, start) + 1 : start]
    for word in sentence.split()[-25:]:
        if word in _SIGNING or (word[:1] in ("و", "ف") and word[1:] in _SIGNING):
            return True
    return False


def _after_meeting(ctx: Context, cand: TriggerCandidate, earlier: list[TriggerCandidate]) -> bool:
    """`التقى X Y، وناقشا`: a discussion verb in the sentence of a face-to-face meeting verb
    names that meeting, even in a document that reports a phone call."""
    stop = ctx.text.rfind(".", 0, cand.start)
    return any(
        t.event_type is EventType.MEET and t.key not in _DISCUSSION and t.start > stop
        for t in earlier[-3:]
    )


# Objects of a restored abstract state, not of a place: استعادة الثقة، استعادة النظام.
_ABSTRACT = frozenset(
    [
        *("الثقه", "النظام", "الهدوء", "الاستقرار", "الامن", "الحياه", "العلاقات", "الخدمات"),
        *("الاموال", "التوازن", "المبادره", "الزخم", "الكهرباء", "الاتصالات", "السياده"),
    ]
)
_REGAINED = _paradigm("استعاد/يستعيد")
_CONTROLLED = _paradigm("سيطر/يسيطر") | {"سيطره", "السيطره", "سيطرتها", "سيطرته", "سيطرتهم"}
_SITUATIONS = frozenset(
    [
        *("الوضع", "الاوضاع", "الحريق", "الحرايق", "النيران", "النار", "الامور", "الموقف"),
        *("التضخم", "الاسعار", "الازمه", "الوباء", "الفيروس", "المرض", "الفيضانات"),
    ]
)
_SEARCHED = _paradigm("بحث/يبحث")
# Participles that are also plain adjectives (خطوة لافتة = a remarkable step): a statement
# only when their complement إلى follows.
_ADJECTIVAL = frozenset(["لافتا", "لافته", "لافتين"])
# حال participles of speech that are also adjectives (غير معلنة، مذكرة): speech only after a
# comma.
_CIRCUMSTANTIAL = frozenset(
    [
        *("معلنا", "معلنه", "مهددا", "مهدده", "متوعدا", "متوعده", "مبديا", "مبديه", "زاعما"),
        *("زاعمه", "مذكرا", "منوها", "منوهه"),
    ]
)
# Comment verbs (علق على): speech when negated (ولم يعلق X) or with على right after; otherwise
# a suspension (علقت الحكومة المفاوضات).
_COMMENT = _paradigm("علق/يعلق")
_NEGATORS = frozenset(["لم", "ولم", "لا", "ولا", "فلم"])
# حمل X (Y) المسؤولية: blaming only with مسؤولية later in the clause (يحملون بنادق = carrying).
_BLAME = _paradigm("حمل/يحمل")
# A bare أطلق is a firing only as the passive of a projectile named just before it
# (قذائف أطلقت من …); أطلقت الحكومة مبادرة is a launch.
_FIRED = frozenset(["اطلقت", "اطلق", "اطلقا"])
_PROJECTILES = frozenset(
    [
        *("قذايف", "القذايف", "قذيفه", "القذيفه", "صواريخ", "الصواريخ", "صاروخ", "الصاروخ"),
        *("طلقات", "الطلقات", "طلقه", "رصاصات", "الرصاصات", "رصاصه", "اعيره", "الاعيره"),
    ]
)
# A round (جولة) is a meeting when it stands alone (بعد جولة أولى، قبيل الجولة); before من the
# talks noun it introduces is the trigger (جولة جديدة من المفاوضات), and a tour is no meeting.
_ROUND = frozenset(["جوله", "الجوله"])
_TOURS = frozenset(
    ["ميدانيه", "تفقديه", "اقليميه", "خليجيه", "اوروبيه", "افريقيه", "اسيويه", "سياحيه"]
)
# Nouns of a death sentence before إعدام (حكم بالإعدام): a verdict, not a killing.
_VERDICT = frozenset(["حكم", "حكما", "احكام", "عقوبه", "قضت", "قضي"])


_MARBUTA = "\N{ARABIC LETTER TEH MARBUTA}"
_RECEIVED = _paradigm("استقبل/يستقبل")
_RECEIVED_PEOPLE = frozenset(
    [
        *("عشرات", "مئات", "الاف", "جرحي", "الجرحي", "مصابين", "المصابين", "قتلي", "القتلي"),
        *("جثث", "الجثث", "لاجيين", "اللاجيين", "نازحين", "النازحين", "مرضي", "المرضي"),
    ]
)
# Leaving an agreement, a body or a process (انسحبت من الاتفاق، من "إيكواس"، من المفاوضات) is
# no withdrawal of forces.
_BODIES = frozenset(
    [
        *("اتفاق", "الاتفاق", "اتفاقيه", "الاتفاقيه", "معاهده", "المعاهده", "مبادره"),
        *("المبادره", "منظمه", "المنظمه", "مجموعه", "المجموعه", "الاتحاد", "اتحاد", "التحالف"),
        *("تحالف", "عضويه", "المحادثات", "المفاوضات", "الانتخابات", "السباق", "الحكومه"),
        *("الجامعه", "المجلس", "الميثاق", "اللجنه", "الحوار", "العمليه", "الصفقه", "صفقه"),
    ]
)


def _from_a_body(ctx: Context, pos: int) -> bool:
    """Is the withdrawal at `pos` one from an agreement, a body or a process?"""
    words = [w for w in _clause_words(ctx, pos, 10) if w != '"']
    for i, word in enumerate(words[:-1]):
        if word == "من":
            return words[i + 1] in _BODIES
    return False


_WROTE = _paradigm("كتب/يكتب")
_CHANNELS = (
    *("منصه", "حساب", "صفحه", "تغريده", "منشور", "تدوينه", "رساله", "مقال", "موقع"),
    *("اكس", "تويتر", "فيسبوك", "تلغرام", "تليغرام"),
)
_FULFILLED = ("بالتزام", "بتعهد", "بوعود", "بوعد", "بما")
_ESTIMATE = _paradigm("قدر/يقدر")
# A session (جلسة) is a meeting of a council or of negotiators, not a court's hearing
# (جلسة المحاكمة، جلسة النطق بالحكم، جلسة استماع).
_SESSION = frozenset(["جلسه", "الجلسه", "جلسات", "الجلسات"])
_HEARING = frozenset(
    [
        *("محاكمه", "المحاكمه", "النطق", "الحكم", "المحكمه", "استماع", "الاستماع"),
        *("الاستيناف", "استيناف", "التحقيق", "تحقيق", "محاكمته", "محاكمتهم", "محاكمتها"),
    ]
)
# A briefing (إحاطة) is the statement of a briefer; in جلسة إحاطة it names the session and in
# إحاطة علماً (taking note) it is no statement.
_BRIEFING = frozenset(["احاطه", "الاحاطه"])


def _not_an_event(ctx: Context, cand: TriggerCandidate, starts: set[int]) -> bool:
    """Adjectives, idioms and other senses of trigger words (see the constants above)."""
    etype = cand.event_type
    entry = ctx.lexicon.triggers[cand.key]
    if entry.pronoun and ctx.raw_char(cand.end - 1) == _MARBUTA:
        return True  # إضافة، إشارة: a noun in ة, not أضافه، أشاره with their pronoun
    if etype is EventType.INJURE and cand.key.endswith(("اصابه", "اصابات")):
        # إصابة مباشرة: a direct hit on a target, not an injury
        after = ctx.word_at(cand.end)
        return after is not None and after[2].startswith("مباشر")
    if etype is EventType.CONTROL and cand.key == "السيطره":
        before = ctx.word_before(cand.start - len(cand.prefix))
        return before is not None and before[2] == "تحت"  # الوضع تحت السيطرة: under control
    if etype is EventType.WITHDRAW:
        return _from_a_body(ctx, cand.end)
    if etype is EventType.MEET and cand.key in _RECEIVED:
        # استقبل المستشفى عشرات الجرحى: receiving casualties or refugees is no meeting
        return any(
            w in _RECEIVED_PEOPLE or w[:1].isdigit() for w in _clause_words(ctx, cand.end, 5)
        )
    if cand.key in _WROTE:
        # كتب X على حسابه / في تغريدة: a post; كتب alone is also "books"
        words = _clause_words(ctx, cand.end, 8)
        return not any(
            w == ":" or any(w[i:].startswith(_CHANNELS) for i in (0, 1, 2)) for w in words
        )
    if etype is EventType.DIE and cand.key == "توفي":
        # توفي بالتزاماتها: she fulfils her obligations (تُوفي), not he died (تُوفّي)
        after = ctx.word_at(cand.end)
        return after is not None and after[2].startswith(_FULFILLED)
    if cand.key in _ESTIMATE:
        # an estimate states a figure or a claim (يقدّر X أن …، يقدّر عددهم بـ ٥٠٠);
        # يقدّر الجهود is appreciation
        words = _clause_words(ctx, cand.end, 10)
        return not any(w in ("ان", "أن", "عدد", "عددهم") or w[:1].isdigit() for w in words)
    if cand.key in _SESSION:
        after = ctx.word_at(cand.end)
        return after is not None and after[2] in _HEARING
    if cand.key in _BRIEFING:
        before = ctx.word_before(cand.start - len(cand.prefix))
        after = ctx.word_at(cand.end)
        return (before is not None and before[2] in _SESSION) or (
            after is not None and after[2].startswith("علم")
        )
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
        return not any(w.endswith("مسووليه") for w in _clause_words(ctx, cand.end, 14))
    if etype is EventType.ATTACK and cand.key in _FIRED:
        pos = cand.start - len(cand.prefix)
        for _ in range(2):  # طلقات عدة أطلقت
            word = ctx.word_before(pos)
            if word is None:
                return True
            if word[2] in _PROJECTILES:
                return False
            pos = word[0]
        return True
    if cand.key in _ROUND:
        words = _clause_words(ctx, cand.end, 3)
        return "من" in words or (bool(words) and words[0].removeprefix("ال") in _TOURS)
    if cand.key in _ADJECTIVAL:
        after = ctx.word_at(cand.end)
        return after is None or after[2] not in ("الي", "إلى")
    if etype is EventType.RELEASE and cand.key in _EXCHANGE_VERBS:
        # an exchange is a release only of captives (تتبادلان ٢٠٠ أسير); يتبادل الطرفان
        # القصف، تبادلا وجهات النظر are no release
        words = _clause_words(ctx, cand.end, 8)  # past the subject and a date
        return not any(w.startswith(_CAPTIVES) for w in words)
    if etype is EventType.AGREEMENT and cand.key == "تهديه":
        # تهدئة الوضع / التوتر: calming a situation, not a truce
        after = ctx.word_at(cand.end)
        if after is not None and after[2] in _CALMED:
            return True
    if etype is EventType.DIE and cand.key.endswith("اعدام"):
        before = ctx.word_before(cand.start - len(cand.prefix))
        if before is not None and before[2] in _VERDICT:
            return True
        return cand.key.startswith("ال") and cand.prefix.endswith("ب")  # بالإعدام
    if etype is EventType.CONTROL and cand.key == "استعاده":
        after = ctx.word_at(cand.end)
        return after is not None and after[2] in _ABSTRACT
    if etype is EventType.CONTROL and cand.key in _REGAINED:
        # استعادت المدينة الهدوء: past the subject to an abstract object
        return any(w in _ABSTRACT for w in _clause_words(ctx, cand.end, 3))
    if etype is EventType.CONTROL and cand.key in _CONTROLLED:
        # سيطر على الوضع، السيطرة على الحريق: mastering a situation, not taking ground
        words = _clause_words(ctx, cand.end, 3)
        return len(words) >= 2 and words[0] == "علي" and words[1] in _SITUATIONS
    if etype is EventType.MEET and cand.key in _SEARCHED:
        # يبحث السكان عن مأوى: searching, not discussing
        return "عن" in _clause_words(ctx, cand.end, 3)
    return False


def _clause_words(ctx: Context, pos: int, limit: int) -> list[str]:
    """Up to `limit` words (and marks) after `pos`, stopping at the end of the sentence."""
    words: list[str] = []
    for _ in range(limit):
        word = ctx.word_at(pos)
        if word is None or word[2] in (".", "؛"):
            break
        pos = word[1]
        words.append(word[2])
    return words


def _dropped(ctx: Context, cand: TriggerCandidate, starts: set[int]) -> bool:
    etype = cand.event_type
    if _not_an_event(ctx, cand, starts):
        return True
    if etype is EventType.ATTACK:
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
    if etype is EventType.AGREEMENT and cand.key in _REACHED:
        # a light verb before the agreement noun it reaches (توصلت البعثة إلى هدنة)
        window = ctx.text[cand.end : cand.end + 90].split(".")[0]
        if "الي اتفاق" in window or window.lstrip().startswith("اتفاق"):
            return True
        pos = cand.end
        for _ in range(6):
            nxt = ctx.word_at(pos)
            if nxt is None or nxt[2] in (",", ".", "؛"):
                break
            if nxt[0] in starts:
                return True
            pos = nxt[1]
    if etype is EventType.STATEMENT and cand.key.endswith("اعلان"):
        after = ctx.word_at(cand.end)
        if after is not None and after[0] in starts and ctx.text[after[0] : after[0] + 3] == "وقف":
            return True  # إعلان وقف إطلاق النار names the ceasefire document
    return etype is EventType.MEET and cand.prefix.endswith("ل") and " " not in cand.key
