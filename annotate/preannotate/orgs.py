"""Organisations from head patterns: `HEAD (idafa noun | GPE/NORP/ORG | name)? modifiers*`.

Heads are ministries, forces, armies, agencies, committees, councils, movements
(`org_heads.tsv`, each with an ORG subtype). After an indefinite head come at most two
definite nouns in construct (`وزارة الدفاع`, `وكالة الأنباء`), or a GPE/NORP/ORG
(`جيش أذربيجان`, `قوات الأرمن`), or one name-like word (`وكالة إنترفاكس`); then nisba
adjectives, a few institutional adjectives (المسلحة، المركزية) and لل-genitives (للأنباء).
The pattern stops at stopwords, triggers, participles and prepositions, so it does not run
into the next clause. A bare head (`الحكومة`, `القوات`) is not an ORG.
"""

from __future__ import annotations

from annotate.preannotate.gazetteer import ENTITY, NISBA, ORG_HEAD, TRIGGER
from annotate.preannotate.people import name_like
from annotate.preannotate.spans import Candidate, Context, is_definite
from annotate.schema import EntityType, OrgSubtype

_ORG_ADJECTIVES = frozenset(
    [
        "المسلحه",
        "المركزيه",
        "الانفصاليه",
        "الخاصه",
        "الجويه",
        "البحريه",
        "البريه",
        "الشعبيه",
        "النظاميه",
        "المحليه",
        "الوطنيه",
        "الاتحاديه",
        "العامه",
        "العليا",
        "الدوليه",
        "الامميه",
        "الاقليميه",
        "الرئاسيه",
        "الحكوميه",
        "المسلح",
        "المركزي",
        "الانفصالي",
        "الخاص",
        "الجوي",
        "البحري",
        "البري",
        "الشعبي",
        "النظامي",
        "المحلي",
        "الوطني",
        "الاتحادي",
        "العام",
        "الاعلي",
        "الدولي",
        "الاممي",
        "الاقليمي",
        "الرئاسي",
        "الحكومي",
        "المعلنه",
        "المشتركه",
        "المشترك",
        "مسلحه",
        "مركزيه",
        "انفصاليه",
        "خاصه",
        "جويه",
        "نظاميه",
        "محليه",
        "وطنيه",
        "دوليه",
        "مشتركه",
    ]
)
_ARMED_CUES = ("انفصال", "متمرد", "مسلح", "ميليشي")
_MAX_WORDS = 7


def _subtype(head_subtype: OrgSubtype, words: list[str]) -> OrgSubtype:
    if head_subtype is OrgSubtype.MIL_STATE and any(
        cue in w for w in words[1:] for cue in _ARMED_CUES if "المسلح" not in w
    ):
        return OrgSubtype.NONSTATE_ARMED
    if head_subtype is OrgSubtype.MEDIA and not any("انباء" in w for w in words):
        return OrgSubtype.MEDIA if len(words) == 2 else OrgSubtype.OTHER
    return head_subtype


def find_orgs(ctx: Context, head_hits: list[tuple[int, int, str]]) -> list[Candidate]:
    """ORG candidates from every ORG-head hit."""
    out: list[Candidate] = []
    lex = ctx.lexicon
    for hs, he, key in head_hits:
        subtype, prior = lex.org_heads[key]
        definite = is_definite(key)
        end = he
        words = [key]
        construct = 0 if definite else 2  # how many idafa nouns may still follow
        for _ in range(_MAX_WORDS):
            word = ctx.word_at(end)
            if word is None:
                break
            ws, we, w = word
            hit = ctx.hit_in_word(ws, ENTITY | ORG_HEAD)
            entry = lex.gazetteer.get(hit.key) if hit is not None else None
            if (
                w in lex.nisba
                or w in _ORG_ADJECTIVES
                or (w.startswith("لل") and len(w) > 4 and ctx.longest(ws, TRIGGER) is None)
            ):
                end, construct = we, 0
                # a genitive may carry its own adjective: للسياسة الخارجية
            elif (
                construct
                and hit is not None
                and not hit.prefix
                and entry is not None
                and entry.label in (EntityType.GPE, EntityType.NORP, EntityType.ORG)
            ):
                end, construct = hit.end, 0
            elif construct and is_definite(w) and w not in lex.stopwords:
                if ctx.longest(ws, TRIGGER | NISBA) is not None:
                    break
                end, construct = we, construct - 1
            elif construct == 2 and name_like(ctx, ws, we, w, False):
                end, construct = we, 0
            else:
                break
            words.append(w)
        if end == he and not (" " in key and prior >= 0.85):
            continue  # a bare head (a multiword head such as قوات حفظ السلام is a name)
        out.append(Candidate(hs, end, EntityType.ORG, prior, "org-head", _subtype(subtype, words)))
    return out
