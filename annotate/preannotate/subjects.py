"""The subject of a trigger: who speaks, attacks, agrees or meets, read off the clause.

- a verbal trigger: Arabic is VSO, so the mention right after the verb (an OCC in between is
  skipped, a clause after أن / إن is not the subject, nor is a count: `تتبادلان 200 أسير`),
  else the mention right before it (SVO, past قد and a quote mark: `X قد أعلن`; `X في Y قال`
  takes X), else the antecedent of a relative (`الحكومة، التي تؤكد`); coordinated mentions
  all fill a multiple role (`أرمينيا وأذربيجان تعلنان`, `كل من أرمينيا وأذربيجان`);
- a verb with no subject of its own that opens a clause on a pronoun (`قالت X إنها سيطرت`) or
  is coordinated with an earlier verb (`أعربت X عن قلقها، ودعت`) shares that verb's subject;
  so does `وحث X على`, whose X is the object;
- a nominal trigger: the subject of a light verb before it (`بوتين أجرى محادثة`, `تشن X منذ
  2024 ضربات`) or of a relative clause after it (`العملية التي تشنها أذربيجان`);
- a participle (مؤكدا، مشيرة) and a statement noun after في inherit the subject of the verb
  they continue.

The subject of a nominal trigger is read in `nominal_subjects.py`.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from annotate.preannotate import objects, roles_places
from annotate.preannotate.clauses import agrees_in_number, clause_subject
from annotate.preannotate.doers import counted_body, fighters_of
from annotate.preannotate.labels import EVENT_REQUEST, EVENT_STATEMENT, GPE, PER, VALUE_NUM, WEA
from annotate.preannotate.lexicon import norm_key
from annotate.preannotate.nominal_subjects import (
    ANNOUNCED,
    RELATIVE,
    announced_doer,
    before_verb,
    declared_stop,
    nominal_subject,
)
from annotate.preannotate.sentence import CLAUSE, Mention, Sentence
from annotate.preannotate.spans import Candidate, Context, TriggerCandidate
from annotate.schema import EntityType, EventType, OrgSubtype, Role, ValueType

SUBJECT_ROLE: Final[dict[EventType, Role]] = {
    EventType.ATTACK: Role.ATTACKER,
    EventType.AGREEMENT: Role.PARTY,
    EventType.MEET: Role.PARTICIPANT,
    EventType.PHONE: Role.PARTICIPANT,
    EventType.REQUEST: Role.REQUESTER,
    EventType.ACCUSE: Role.ACCUSER,
    EventType.WITHDRAW: Role.AGENT,
    EventType.DISARM: Role.AGENT,
    EventType.RELEASE: Role.AGENT,
    EventType.CONTROL: Role.AGENT,
    EventType.STATEMENT: Role.SPEAKER,
}
# Participles that continue a verb's clause (قال ... مؤكداً) and share its subject; normalised
# like the text (مؤكداً → موكدا).
_PARTICIPLES: Final = frozenset(
    norm_key(w)
    for w in [
        *["مؤكدا", "مؤكدة", "مشيرا", "مشيرة", "لافتا", "لافتة", "مضيفا", "مضيفة", "موضحا"],
        *["موضحة", "مردفا", "مردفين", "مردفة", "مشددا", "مشددة", "معتبرا", "معتبرة", "معربا"],
        *["معربة", "محذرا", "محذرة", "قائلا", "قائلة", "داعيا", "داعية", "مطالبا", "حاثا"],
        *["مناشدا", "متهما", "متهمة", "واصفا", "واصفة", "نافيا", "نافية"],
    ]
)
# Statement nouns after في continue the clause of the verb before them (قال X في بيان).
_IN_STATEMENT: Final = "في"
_MEEM: Final = "\N{ARABIC LETTER MEEM}"
# The endings of an active participle in the accusative of state (مذكّراً، متوعدةً), normalised.
_STATE_ENDINGS: Final = ("\N{ARABIC LETTER ALEF}", "\N{ARABIC LETTER HEH}")


def is_participle(trig: TriggerCandidate, verbal: bool) -> bool:
    """A speech participle that continues a verb's clause (`قال X …، مذكّراً`, `متوعدةً`): the
    listed ones, and any verbal speech trigger of the participle's shape (one word, م- prefix,
    accusative ending), whatever reporting verb it derives from."""
    key = trig.key
    if key in _PARTICIPLES:
        return True
    return (
        verbal
        and trig.event_type in _SAYS
        and len(key) >= 5
        and key.startswith(_MEEM)
        and key.endswith(_STATE_ENDINGS)
        and " " not in key
    )


def prefixed(ctx: Context, e: Candidate) -> bool:
    """True when a proclitic is glued to the mention (لباشينيان، بقمة)."""
    return e.start > 0 and ctx.text[e.start - 1].isalpha()


def subject(
    sent: Sentence,
    trig: TriggerCandidate,
    verbal: bool,
    occs: list[Candidate],
    subjects: dict[int, list[Mention]],
    ks: list[int],
    speech: frozenset[int] = frozenset(),
) -> list[Mention]:
    """The subject of `trig`; `subjects` holds those of the sentence's earlier triggers `ks`,
    `speech` the triggers among them that are speech acts (statements, requests, accusations):
    a participle continues the last of those (`قال X … مؤكداً`), not a verb of its clause."""
    ctx = sent.ctx
    if is_participle(trig, verbal) or (
        not verbal
        and trig.event_type is EVENT_STATEMENT
        and not trig.prefix
        and (before := ctx.word_before(trig.start)) is not None
        and before[2] == _IN_STATEMENT
    ):
        known = [subjects[k] for k in ks if k in speech and subjects.get(k)]
        if known:
            return known[-1]
        source = _source(sent, trig.start)
        return [source] if source is not None else []
    if trig.event_type is EVENT_REQUEST and _BEH in trig.prefix:
        # أرسلت قوات إلى جوبا بطلب من الرئيس X: "at the request of" X, the requester
        word = ctx.word_at(trig.end)
        if word is None or word[2] != "من":
            return []
        requester = sent.after_title(word[1])
        return sent.chain(requester) if requester is not None else []
    if verbal:
        entry = ctx.lexicon.triggers.get(trig.key)
        if entry is not None and entry.personal:
            return []  # أبلغنا أنقرة: the speaker is the verb's ending, Ankara its hearer
        reported = _reported_pronoun(ctx, trig) if trig.event_type in SUBJECT_ROLE else 0
        if reported:
            # قال X إنه استعاد قرية Y، أعلنت قيادة الجيش أن وحداتها استعادت: the pronoun is the
            # speaker (the units of a ministry may be its country's: only armed speakers)
            told = [subjects[k] for k in ks if k in speech and subjects.get(k)]
            if told and (reported == 1 or all(e.subtype in _ARMED for _, e in told[-1])):
                return told[-1]
        found_subject = _verb_subject(sent, trig, occs)
        if trig.event_type not in SUBJECT_ROLE:
            return found_subject
        known = [subjects[k] for k in ks if subjects.get(k)]
        coordinated = trig.prefix.startswith("\N{ARABIC LETTER WAW}")
        if (
            found_subject
            and trig.event_type in _OBJECT_VERBS
            and found_subject[0][1].start > trig.end
            and objects.object_after(sent, found_subject[0][1].start) is not None
        ):
            before = ctx.word_before(trig.start - len(trig.prefix))
            joined = coordinated or (before is not None and before[2] == _ALSO)
            if joined and known:
                return known[-1]  # وحث أذربيجان على: the object; the subject is the verb's before
            if joined and any(k in speech and k in subjects for k in ks):
                # تدعو الوزارة X إلى …، وتحث Y على …، كما تدعو Z إلى: the verb continues the
                # request before it, whose subject is no mention; Y and Z are its objects
                return []
            if objects.bare_title_end(sent, trig) == found_subject[0][1].start:
                return []  # اتهم ممثل ليبيا قوات X بخرق الهدنة: the title is the subject
            fronted = _fronted_subject(sent, trig)
            if fronted:
                return (
                    fronted  # وأديس أبابا تتهم أسمرة بتسليح: SVO, the mention after is the object
                )
        if found_subject:
            return found_subject
        after = ctx.word_at(trig.end)
        if after is not None and after[2] in _DURING_IT and known and trig.event_type in _SAYS:
            return known[-1]  # أجرى X اتصالاً، أكد خلاله: the speaker of the talks it names
        # a clause on a pronoun (قالت X إنها سيطرت) or a verb coordinated with an earlier
        # one (أعربت X عن قلقها، ودعت): the subject of the sentence's verb before it
        before = ctx.word_before(trig.start - len(trig.prefix))
        if coordinated:
            # أن يحضر X ويعلن، ورحّب X بالاتفاق ووصفه: the subject of the clause the verb is
            # joined to, when no trigger of that clause has given one
            boundary, clause = clause_subject(sent, trig.start - len(trig.prefix))
            if clause and (not known or known[-1][0][1].end <= boundary):
                return clause
        if coordinated or (before is not None and before[2] in _PRONOUN_CLAUSE):
            return known[-1] if known else []
        return []
    found = nominal_subject(sent, trig)
    if not found and (trig.event_type in ANNOUNCED or declared_stop(trig)) and not trig.prefix:
        told = [subjects[k] for k in ks if k in speech and subjects.get(k)]
        return announced_doer(sent, trig, told[-1] if told else [])
    return found


_SAYS: Final = (EventType.STATEMENT, EventType.REQUEST, EventType.ACCUSE)
_DURING_IT: Final = frozenset(["خلاله", "خلالها", "خلالهما"])
# Particles with the pronoun of the clause's subject: أنها سيطرت، لكنها دانت، ولكنه ندّد.
_PRONOUN_CLAUSE: Final = frozenset(
    [
        *["انها", "انه", "انهم", "بانها", "بانه", "بانهم", "لانها"],
        *["لكنها", "لكنه", "لكنهم", "ولكنها", "ولكنه", "ولكنهم"],
    ]
)
_THAT: Final = frozenset(["ان", "بان"])
_POSSESSIVE: Final = ("ها", "ه", "هم", "هما")


_ARMED: Final = (OrgSubtype.MIL_STATE, OrgSubtype.NONSTATE_ARMED)


def _reported_pronoun(ctx: Context, trig: TriggerCandidate) -> int:
    """1 when the verb opens a reported clause on a pronoun (`أنه استعاد`), 2 on a noun with a
    possessive pronoun (`أن وحداتها استعادت`, `إن قواته انسحبت`), else 0."""
    before = ctx.word_before(trig.start - len(trig.prefix))
    if before is None:
        return 0
    if before[2] in _PRONOUN_CLAUSE:
        return 1
    if len(before[2]) < 5 or not before[2].endswith(_POSSESSIVE):
        return 0
    that = ctx.word_before(before[0])
    return 2 if that is not None and that[2] in _THAT else 0


_OBJECT_VERBS: Final = (EventType.REQUEST, EventType.ACCUSE)
_ALSO: Final = "كما"
_BEH: Final = "\N{ARABIC LETTER BEH}"
_WAW: Final = "\N{ARABIC LETTER WAW}"
_PREPOSITIONS: Final = frozenset(["في", "من", "علي", "الي", "عن", "مع", "بين"])


def _fronted_subject(sent: Sentence, trig: TriggerCandidate) -> list[Mention]:
    """The mention right before a verb (past قد and a quote mark) that is no prepositional
    object (`في غزة تدعو`) nor glued to a preposition (`لروسيا`): an SVO subject."""
    ctx = sent.ctx
    prev = sent.before(before_verb(ctx, trig.start - len(trig.prefix)))
    if prev is None or prev[1].label not in _SPEAKERS:
        return []
    start = prev[1].start
    if start > 0 and ctx.text[start - 1].isalpha() and ctx.text[start - 1] not in "وف":
        return []
    word = ctx.word_before(start)
    if word is not None and word[2] in _PREPOSITIONS:
        return []
    return sent.chain_before(prev)


def _verb_subject(sent: Sentence, trig: TriggerCandidate, occs: list[Candidate]) -> list[Mention]:
    """The subject of a verbal trigger: after it (VSO), else right before it (SVO)."""
    ctx = sent.ctx
    verb_start = trig.start - len(trig.prefix)
    word = ctx.word_before(verb_start)
    if word is not None and word[2] == "قد":
        # وكانت الحكومة قد طالبت مجلس الأمن: with قد the subject stands before, the mention
        # after the verb is its object
        prev = sent.before(word[0])
        if prev is not None and prev[1].label not in _COUNTS:
            return sent.chain_before(prev)
    pos = trig.end
    nxt = ctx.word_at(pos)
    if nxt is not None and nxt[2] in CLAUSE:
        found = None
    else:
        titled = False
        for o in occs:
            if o.start >= pos and sent.words(pos, o.start) in ([], ["و"] if titled else []):
                pos = o.end
                titled = True
                comma = ctx.word_at(pos)
                if comma is not None and comma[2] == ",":
                    pos = comma[1]
        if titled:
            pos = _past_qualifier(sent, pos)
        if sent.words(pos, pos + 10)[:2] == ["كل", "من"]:
            pos = ctx.text.index("من", pos) + 2
        found = sent.after(pos)
        if found is None:
            found = fighters_of(sent, pos)
        if found is None:
            # اعتبرت العاصمة الأرمينية يريفان: a capital's descriptor before the place name
            place = sent.after(roles_places.skip_descriptor_phrase(sent, pos))
            if place is not None and place[1].label is GPE:
                found = place
    if found is not None and found[1].label is VALUE_NUM:
        # سلّم ٢٣ مقاتلاً من X أسلحتهم: the body of a counted subject
        body = counted_body(sent, found)
        if body is not None and trig.event_type in _BODY_SUBJECTS:
            return [body]
    if found is not None and (
        found[1].label in _COUNTS or (found[1].label is not WEA and agrees_in_number(trig.key))
    ):
        # تتبادلان 200 أسير: a count is an object; هاجموا قرية X، ودعوا X إلى: a verb that
        # agrees in number has its subject before it (or in its ending), the mention after
        # it is its object
        found = None
    if found is not None and not prefixed(ctx, found[1]):
        # القوات الأوكرانية قصفت مدينة X: a subject fronted before the verb (SVO) is the
        # subject; the mention after the verb is its object or place
        fronted = _fronted_subject(sent, trig)
        if fronted:
            return fronted
        return sent.chain(found)
    if trig.prefix.startswith(_WAW):
        # تتهم X "وكلاء Y" وتعلن: the mention before a verb joined by و ends the clause before
        # it (an SVO subject stands before the conjunction: والجيش أعلن); the verb shares the
        # subject of that clause (read by the caller)
        return []
    prev = sent.before(before_verb(ctx, trig.start - len(trig.prefix)))
    if prev is None:
        prev = _subject_before_place(sent, trig.start - len(trig.prefix))
    if prev is not None and prev[1].label is PER:
        # محمد حمدان دقلو "حميدتي" قد أعلن: the full name before a quoted nickname
        quote = prev[1].start - 1
        name = sent.before(quote) if ctx.text[quote] == '"' else None
        if name is not None and name[1].label is PER:
            prev = name
    if prev is not None:
        before_prev = ctx.word_before(prev[1].start)
        if before_prev is not None and before_prev[2] == "في":
            earlier = sent.before(before_prev[0])
            if earlier is not None:
                return [earlier]
            return []
        return sent.chain_before(prev)
    return _relative_subject(sent, trig)


# Events whose doer may be named as a count of its fighters (سلّم ٢٣ مقاتلاً من X); not an
# attack or a release, whose count after the verb is the one hit or freed (حيّدت 9 مسلحين).
_BODY_SUBJECTS: Final = (EventType.DISARM, EventType.WITHDRAW, EventType.CONTROL)
_COUNTS: Final = (ValueType.NUM, ValueType.DATE, ValueType.TIME, ValueType.DURATION)
_PLACES: Final = (EntityType.GPE, EntityType.LOC, EntityType.FAC)


def _past_qualifier(sent: Sentence, pos: int) -> int:
    """`pos` past what qualifies a title before its holder's name: a في-place (`مدير الدفاع
    المدني في إدلب X`) or an abbreviation in parentheses (`الناطق باسم القوة (اليونيفيل) X`),
    when a person's name follows."""
    ctx = sent.ctx
    end = pos
    word = ctx.word_at(pos)
    if word is not None and word[2] == "في":
        place = sent.after(roles_places.skip_descriptor_phrase(sent, word[1]))
        # وزير الخارجية في حكومة طالبان X، القيادي في "فانو" X: the body served, too
        if place is not None and place[1].label in _QUALIFIERS:
            end = place[1].end
            if ctx.text[end : end + 1] == '"':
                end += 1
    rest = ctx.text[end : end + 40]
    if rest.lstrip().startswith("("):
        close = rest.find(")")
        if close > 0:
            end += close + 1
    if end == pos:
        return pos
    # قائد حرس الحدود في سيستان العميد X: a rank between the qualifier and the name
    word = ctx.word_at(end)
    if word is not None and word[0] in sent.title_from:
        end = sent.title_from[word[0]]
    name = sent.after(end)
    return end if name is not None and name[1].label is PER else pos


_QUALIFIERS: Final = (EntityType.GPE, EntityType.LOC, EntityType.FAC, EntityType.ORG)
_ACCORDING: Final = frozenset(["بحسب", "وبحسب", "حسب", "وفق", "ووفق", "وفقا", "نقلا", "طبقا"])


def _source(sent: Sentence, pos: int) -> Mention | None:
    """`وبحسب وزارة الدفاع، … مشيرةً`: the source named before `pos` in the sentence."""
    ctx = sent.ctx
    for i, e in reversed(sent.entities[: bisect_left(sent.starts, pos)]):
        word = ctx.word_before(e.start)
        if word is not None and word[2] in ("ل", "عن"):  # وفقاً لـ، نقلاً عن
            word = ctx.word_before(word[0])
        if word is not None and word[2] in _ACCORDING and e.label in _SPEAKERS:
            return i, e
    return None


def _subject_before_place(sent: Sentence, verb_start: int) -> Mention | None:
    """`قوات الأرمن في المنطقة الجبلية وافقت`: an SVO subject before a في-phrase that names
    no entity (up to three words)."""
    ctx = sent.ctx
    pos = verb_start
    for _ in range(4):
        word = ctx.word_before(pos)
        if word is None or word[2] in (",", ".", '"') or word[0] < sent.start:
            return None
        if word[2] == "في":
            found = sent.before(word[0])
            return found if found is not None and found[1].label is not VALUE_NUM else None
        if sent.before(word[1]) is not None:
            return None  # a mention: the plain SVO rule has had its chance
        pos = word[0]
    return None


_SPEAKERS: Final = (EntityType.PER, EntityType.ORG, EntityType.GPE)


def _relative_subject(sent: Sentence, trig: TriggerCandidate) -> list[Mention]:
    """`الحكومة الإسرائيلية، التي تؤكد`: the antecedent of the relative before the verb."""
    ctx = sent.ctx
    word = ctx.word_before(trig.start - len(trig.prefix))
    if word is None or word[2] not in RELATIVE:
        return []
    comma = ctx.word_before(word[0])
    pos = comma[0] if comma is not None and comma[2] == "," else word[0]
    prev = sent.before(pos)
    if prev is not None:
        head = ctx.word_before(prev[1].start)  # X برئاسة Y، التي: X
        if head is not None and head[2] in _LED_BY:
            prev = sent.before(head[0])
    return [prev] if prev is not None else []


_LED_BY: Final = frozenset(norm_key(w) for w in ["برئاسة", "بقيادة", "بزعامة"])
