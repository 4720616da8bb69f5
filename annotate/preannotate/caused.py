"""Deaths and injuries caused by an attack told in the same sentence take the attack's
weapon as Instrument, its attacker as Agent and its place (a place it targets included) as
Place: `قُتل 4 في هجوم بطائرة مسيّرة شنته X على بلدة Y`, `غارة لـX على Y أسفرت عن مقتل 3`.

The link is syntactic, never mere co-occurrence:
- the attack after the casualties, governed by a cause word (`في`, `جراء`, `إثر`, `بسبب`,
  `خلال`, a glued ب: `بقصف`);
- the attack before them, with a causing verb between (`ما أدى إلى`, `أسفر عن`, `خلّف`) or
  before the attack (`أدت العملية التي … إلى مقتل`).
"""

from __future__ import annotations

from typing import Final

from annotate.preannotate.attachment import Attachment, propose
from annotate.preannotate.labels import (
    EVENT_ATTACK,
    ROLE_AGENT,
    ROLE_ATTACKER,
    ROLE_INSTRUMENT,
    ROLE_PLACE,
    ROLE_TARGET,
)
from annotate.preannotate.sentence import Sentence
from annotate.preannotate.spans import Candidate, TriggerCandidate
from annotate.schema import EntityType, EventType

_WAW: Final = "\N{ARABIC LETTER WAW}"
_BEH: Final = "\N{ARABIC LETTER BEH}"
# Verbs that make an attack the cause of the deaths and injuries after them.
CAUSING: Final = frozenset(
    [
        *("ادت", "ادي", "خلفت", "خلف", "اسفرت", "اسفر", "اوقعت", "اوقع", "اودت", "اودي"),
        *("تسببت", "تسبب", "جراء"),
    ]
)
# Words that govern the attack that caused the casualties before it (قُتل 3 في غارة، قُتل 3
# عندما فجّر انتحاري سيارة).
_CAUSE_WORDS: Final = frozenset(
    ["في", "جراء", "اثر", "بسبب", "خلال", "نتيجه", "بفعل", "عندما", "حين"]
)
_WHEN: Final = frozenset(["عندما", "حين", "حينما"])
_CASUALTIES: Final = (EventType.DIE, EventType.INJURE)
_PLACES: Final = (EntityType.GPE, EntityType.LOC, EntityType.FAC)


def caused(
    sent: Sentence,
    triggers: list[TriggerCandidate],
    ordered: list[int],
    out: list[list[Attachment]],
    entities: list[Candidate],
) -> None:
    """Copy the roles of the causing attack onto the casualties (`ordered`: the sentence's
    trigger numbers by position)."""
    for n, k in enumerate(ordered):
        etype = triggers[k].event_type
        if etype not in _CASUALTIES:
            continue
        attack = _cause(sent, triggers, ordered, n)
        if attack is None:
            continue
        sides = _two_sides(sent, triggers[attack], out[attack], entities)
        roles = out[attack] + _same_incident(sent, triggers, ordered, attack, out)
        for a in roles:
            e = entities[a.entity]
            if a.role is ROLE_INSTRUMENT:
                propose(out[k], etype, ROLE_INSTRUMENT, a.entity, a.score * 0.9, e)
            elif a.role is ROLE_ATTACKER and not sides:
                propose(out[k], etype, ROLE_AGENT, a.entity, a.score * 0.9, e)
            elif a.role is ROLE_PLACE or (a.role is ROLE_TARGET and e.label in _PLACES):
                propose(out[k], etype, ROLE_PLACE, a.entity, a.score * 0.9, e)  # one Place


def _two_sides(
    sent: Sentence, attack: TriggerCandidate, roles: list[Attachment], entities: list[Candidate]
) -> bool:
    """`اشتباكات بين X و Y`, `بين فصائل محلية والبدو`: the attackers are the sides of a fight
    (one of them may be named by a bare noun), and a death in it is not told to be the doing
    of either."""
    starts = [entities[a.entity].start for a in roles if a.role is ROLE_ATTACKER]
    if not starts or min(starts) < attack.end:
        return False
    return "بين" in sent.words(attack.end, min(starts))


def _cause(
    sent: Sentence, triggers: list[TriggerCandidate], ordered: list[int], n: int
) -> int | None:
    """The attack that caused casualty trigger `ordered[n]`, if the sentence says so."""
    ctx = sent.ctx
    trig = triggers[ordered[n]]
    for k in ordered[n + 1 :]:
        t = triggers[k]
        if t.event_type in _CASUALTIES:
            continue
        if t.event_type is not EVENT_ATTACK:
            break
        before = ctx.word_before(t.start - len(t.prefix))
        glued = t.prefix.endswith(_BEH)
        if glued or (before is not None and before[2] in _CAUSE_WORDS):
            return k
        break
    for k in reversed(ordered[:n]):
        t = triggers[k]
        if t.event_type in _CASUALTIES:
            continue
        if t.event_type is not EVENT_ATTACK:
            return None
        between = ctx.text[t.end : trig.start].split()
        before = ctx.word_before(t.start - len(t.prefix))
        verb = before[2].removeprefix(_WAW) if before is not None else ""
        fronted = verb in CAUSING and "الي" in between
        if fronted or any(w in CAUSING for w in between):
            return k
        return None
    return None


def _same_incident(
    sent: Sentence,
    triggers: list[TriggerCandidate],
    ordered: list[int],
    attack: int,
    out: list[list[Attachment]],
) -> list[Attachment]:
    """`عندما فجّر انتحاري سيارة مفخخة …، في هجوم تبنّاه X`: the attack noun after في right
    after a verb of attack told in a when-clause names the same incident; its roles count."""
    trig = triggers[attack]
    before = sent.ctx.word_before(trig.start - len(trig.prefix))
    if before is None or before[2] not in _WHEN:
        return []
    n = ordered.index(attack)
    for k in ordered[n + 1 : n + 2]:
        t = triggers[k]
        word = sent.ctx.word_before(t.start - len(t.prefix))
        if t.event_type is EVENT_ATTACK and word is not None and word[2] == "في":
            return out[k]
    return []
