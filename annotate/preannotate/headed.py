"""Descriptive names from head words: organisations, facilities and natural places
(`org_heads.tsv`), and unknown place names after a place descriptor.

`HEAD qualifier modifiers*`: after an indefinite head come at most two definite nouns in
construct (`وزارة الدفاع`, `وكالة الأنباء`), or a GPE/NORP/ORG or another headed name
(`جيش أذربيجان`, `قيادة فرقة حفظ السلام`), or one name-like word (`وكالة إنترفاكس`,
`جبل كيليسالي`), or a quoted name (`وكالة "تاس"`); then nisba adjectives and a few
institutional adjectives, coordinated ones too (`القوات الأرمينية والأذرية`), and ل-genitives
(`للأنباء`, `لجمهورية أذربيجان`). The pattern stops at stopwords, triggers, participles and
prepositions, so it does not run into the next clause; a bare head (`الحكومة`, `القوات`) is
not a name. Heads are processed right to left so that a head can take a later headed name
as its genitive.

A place descriptor (قرية، مدينة، منطقة) followed by an unknown name-like word makes that word a
GPE; the descriptor itself stays out of the span.
"""

from __future__ import annotations

from typing import Final

from annotate.preannotate.construct import (
    PURPOSE_HEADS,
    chain_to_place,
    construct_link,
    coordinated_genitive,
    purpose_genitive,
)
from annotate.preannotate.gazetteer import ENTITY, NISBA, ORG_HEAD, TRIGGER, Hit
from annotate.preannotate.labels import FAC, GPE, LOC, NORP, ORG
from annotate.preannotate.name_tails import (
    ROUTES,
    branch_end,
    for_the_sake_of,
    liberation_of,
    recognised_end,
    route_end,
    up_to_abbreviation,
)
from annotate.preannotate.name_words import name_like
from annotate.preannotate.org_words import (
    ANAPHORA,
    ARMS,
    COUNCILS,
    FACILITY_ADJECTIVES,
    GAPS,
    GROUP_ADJECTIVES,
    GROUP_HEADS,
    LED_BY,
    MILITARY,
    ORDINALS,
    UNIT_HEADS,
    chairmanship,
    implied_subtype,
    modifier,
)
from annotate.preannotate.places import (
    VILLAGE_DESCRIPTORS,
    definite_next,
    facility_name,
    place_after,
    place_at,
    rank,
)
from annotate.preannotate.posts import definite_post
from annotate.preannotate.spans import Candidate, Context, is_definite

_MAX_WORDS: Final = 8


_QUOTES: Final = "\"'"


def find_headed(
    ctx: Context, head_hits: list[tuple[int, int, str]], groups: list[Candidate]
) -> list[Candidate]:
    """ORG / FAC / LOC candidates from head hits, and GPE names after place descriptors.

    `groups` (NORP groups) may be the genitive of a head (قوات عرقية الأرمن).
    """
    lex = ctx.lexicon
    out: list[Candidate] = []
    # start -> end of the names a head may take as genitive (filled right to left)
    ends: dict[int, int] = {g.start: g.end for g in groups}
    for hs, he, key in sorted(head_hits, reverse=True):
        label, subtype, prior = lex.heads[key]
        if key in LED_BY and (ctx.text[hs - 1 : hs] == "ب" or chairmanship(ctx, key, he, ends)):
            continue  # بقيادة X، برئاسة X: led or chaired by X; رئاسة رابطة X: its chair
        if key == _DAM and _a_gap_after(ctx, he):
            continue  # سد العجز، سد عجز التمويل: filling a gap, no dam
        if key == "مديريه" and not definite_next(ctx, he):
            label = GPE  # مديرية حيس: a Yemeni district, مديرية الصحة: an office
        if label is GPE:
            place = place_after(ctx, he, key in VILLAGE_DESCRIPTORS)
            if place is not None:
                out.append(Candidate(place[0], place[1], GPE, 0.6, "descriptor"))
            continue
        end, words = _extent(ctx, hs, he, key, label, ends)
        end = recognised_end(ctx, key, end)  # الحكومة المعترف بها دولياً
        if end == he and not (" " in key and prior >= 0.85):
            continue  # a bare head (a multiword head such as قوات حفظ السلام is a name)
        known = ctx.longest(hs, ENTITY)
        if known is not None and known.end > end and _is_org(ctx, known.key):
            ends[hs] = known.end  # a known longer name: قوة الأمم المتحدة المؤقتة في لبنان
            continue
        if key.removeprefix("ال") in PURPOSE_HEADS:
            end = branch_end(ctx, end)
        if label is ORG and "(" in ctx.text[end : end + 120]:
            end = up_to_abbreviation(ctx, end)
        if key in ROUTES and end > he and (second := route_end(ctx, end)) is not None:
            end, named = second
            if named:  # طريق X - Y: an unknown Y is a town
                out.append(Candidate(second[0] - len(named), end, GPE, 0.55, "descriptor"))
        ends[hs] = end
        sub = implied_subtype(subtype, words) if label is ORG else None
        # ميليشيا محلية، قوات خاصة: a kind of body, no name, but a post's genitive still
        # (قائد ميليشيا محلية): the pipeline drops it after the posts are found
        source = GENERIC if _generic(ctx, key, words) else "org-head"
        out.append(Candidate(hs, end, label, prior, source, sub))
        if label is FAC and key in PLACE_NAMED:
            place = _named_after(ctx, he, end)
            if place is not None:
                out.append(Candidate(place[0], place[1], GPE, 0.55, "descriptor"))
    return out


_DAM: Final = "سد"


def _a_gap_after(ctx: Context, pos: int) -> bool:
    word = ctx.word_at(pos)
    return word is not None and word[2].removeprefix("ال") in GAPS


# Installations named after their town (مطار X، معبر X، مخيم X الحدودي): an unknown one-word
# name after the head is the town, nested (a field or a base is often named otherwise).
PLACE_NAMED: Final = frozenset(
    [
        *["مطار", "معبر", "ميناء", "مرفا", "مخيم", "مخيمات", "ثكنه", "مستشفي", "جسر", "سجن"],
        *["سد", "مخفر"],
    ]
)


# Indefinite adjectives of an unnamed installation (مطار عسكري، مستشفى ميداني): no name.
_FACILITY_INDEFINITE: Final = frozenset(
    [
        *["عسكري", "حدودي", "موقت", "سري", "جوي", "بحري", "بري", "تعليمي", "جامعي", "عام"],
        *["خاص", "رييسي", "تجاري", "نفطي", "ميداني", "محلي", "دولي", "كبير", "صغير", "جديد"],
    ]
)


GENERIC: Final = "generic-body"  # the source of a headed candidate that names no one
# Indefinite adjectives that describe a body's kind, not which body it is (not انفصالية:
# سلطات انفصالية are the authorities of one place).
_KIND_ADJECTIVES: Final = frozenset(["محليه", "خاصه", "مشتركه", "مسلحه", "دوليه"])


def _generic(ctx: Context, key: str, words: list[str]) -> bool:
    """An indefinite one-word head with kind adjectives only (ميليشيا محلية، قوة مشتركة), or
    an indefinite armed group's head with adjectives only (فصيل منشق، حركة انفصالية، فصائل
    مسلحة عراقية): a group the text introduces, not its name."""
    if is_definite(key) or " " in key or len(words) < 2:
        return False
    if key in GROUP_HEADS:
        return all(
            w in _KIND_ADJECTIVES or w in GROUP_ADJECTIVES or w in ctx.lexicon.nisba
            for w in words[1:]
        )
    return all(w in _KIND_ADJECTIVES for w in words[1:])


def _named_after(ctx: Context, pos: int, end: int) -> tuple[int, int] | None:
    """The unknown indefinite name right after a facility head, inside the facility's extent."""
    word = ctx.word_at(pos)
    if word is None or word[1] > end or word[0] != pos + 1:
        return None
    ws, we, w = word
    if is_definite(w) or w in _FACILITY_INDEFINITE or w in ctx.lexicon.first_names:
        return None
    if ctx.hit_in_word(ws, ENTITY) is not None or w.endswith("يه"):
        return None
    if not facility_name(ctx, ws, w) or w in ctx.lexicon.nisba:
        return None
    after = ctx.word_at(we)
    genitive = (
        after is not None
        and after[0] == we + 1
        and is_definite(after[2])
        and after[2] not in FACILITY_ADJECTIVES
        and after[2] not in ctx.lexicon.nisba
    )
    return None if genitive else (ws, we)  # سد عجز التمويل: a noun and its genitive, no town


def _extent(
    ctx: Context, hs: int, he: int, key: str, label: object, ends: dict[int, int]
) -> tuple[int, list[str]]:
    lex = ctx.lexicon
    end = he
    words = [key]
    # how many construct nouns may still follow (none after a definite or multiword head)
    construct = 0 if is_definite(key) or " " in key else 2
    for _ in range(_MAX_WORDS):
        word = ctx.word_at(end)
        if word is None:
            break
        ws, we, w = word
        hit = ctx.hit_in_word(ws, ENTITY | ORG_HEAD)
        entry = lex.gazetteer.get(hit.key) if hit is not None and hit.kinds & ENTITY else None
        if key in UNIT_HEADS and (unit := _unit_word(w, words)) is not None:
            end, construct = we, unit  # الكتيبة 542، الفرقة السادسة مشاة
        elif (watched := _watched(ctx, we, w, construct)) is not None:
            end, construct = watched, 0  # لجنة مراقبة وقف الأعمال العدائية: what it monitors
        elif (
            modifier(ctx, w)
            or (label is FAC and w in FACILITY_ADJECTIVES)
            or (w in MILITARY and key.removeprefix("ال") in COUNCILS)
        ):
            end, construct = we, 0
        elif w in _MULTINATIONAL and (both := _multinational(ctx, we)) is not None:
            end, construct = both, 0  # القوة المشتركة متعددة الجنسيات
        elif construct and ws in ends:
            end, construct = ends[ws], 0  # another headed name as genitive
        elif construct == 2 and (place := _described_place(ctx, hit, we)) is not None:
            end, construct = place, 0  # حكومة ولاية X، إدارة منطقة X: a body of a province
        elif (
            construct
            and entry is not None
            and hit is not None
            and not hit.prefix
            and entry.label in (GPE, NORP, ORG, LOC)
            and w not in ANAPHORA
        ):
            end, construct = hit.end, 0
        elif hit is not None and hit.prefix == "ل" and (entry is not None or hit.start in ends):
            end = max(hit.end, ends.get(hit.start, 0))  # a ل-genitive: لجمهورية أذربيجان
            construct = 0
        elif w.startswith("لل") and len(w) > 4 and ctx.hit_in_word(ws, TRIGGER) is None:
            end, construct = ends.get(ws + 1, we), 0  # للأنباء، لكتيبة حفظ السلام
        elif construct == 2 and w in _QUOTES:
            close = ctx.text.find(w, we, we + 40)
            if close < 0 or "\n" in ctx.text[we:close]:
                break
            if we in ends:
                break  # وحدات "جيش X": the quoted name is a body of its own, the head a descriptor
            end, construct = close + 1, 0
        elif label is FAC and len(words) == 1 and ctx.longest(ws, TRIGGER) is not None:
            trigger = ctx.longest(ws, TRIGGER)
            assert trigger is not None
            end, construct = trigger.end, 0  # مركز مراقبة وقف إطلاق النار
        elif construct and is_definite(w) and w not in lex.stopwords and w not in ANAPHORA:
            if rank(ctx, ws) or ctx.longest(ws, NISBA) is not None:
                break  # مجلس السيادة | الفريق ياسر العطا: a rank starts the next mention
            if construct == 1 and definite_post(ctx, ws):
                break  # رئيس مجلس السيادة | القائد العام للجيش: a second post, no genitive
            if ctx.longest(ws, TRIGGER) is not None and not _body_genitive(ctx, key, ws, we):
                break
            end, construct = we, construct - 1
        elif (
            construct == 2
            and key.removeprefix("ال") in PURPOSE_HEADS
            and (freed := liberation_of(ctx, ws, w)) is not None
        ):
            end, construct = freed, 0  # حركة تحرير X، جبهة إنقاذ الوطن
        elif construct == 2 and construct_link(ctx, ws, we, w):
            end, construct = we, 1  # تحالف قوى التغيير، لجنة تقصي الحقائق: an idafa chain
        elif construct == 2 and (chain := chain_to_place(ctx, ws)) is not None:
            end, construct = chain, 0  # رابطة دول | جنوب شرق آسيا، قوات دفاع شعب | جنوب السودان
        elif (
            construct == 2
            and w not in lex.first_names
            and ctx.hit_in_word(ws, ENTITY) is None
            and name_like(ctx, ws, we, w, False)
        ):
            end, construct = we, 0
        elif (
            construct == 2
            and label in (FAC, LOC)
            and w not in _FACILITY_INDEFINITE
            and facility_name(ctx, ws, w)
        ):
            # مطار معيتيقة الدولي، وادي نيلم: after a facility or a natural head any name
            end, construct = we, 0
        elif len(words) >= 2 and is_definite(words[-1]) and coordinated_genitive(ctx, ws, w):
            end = we  # جهاز الإسعاف والطوارئ: a second genitive joined by و
        elif (
            len(words) >= 2
            and key.removeprefix("ال") in PURPOSE_HEADS
            and (purpose := purpose_genitive(ctx, ws, w, ends)) is not None
        ):
            end = purpose  # الجبهة الشعبية لتحرير تيغراي، المجلس الوطني لحماية الوطن
            words.append(w)
            break
        elif (
            w == "من"
            and len(words) >= 2
            and key.removeprefix("ال") in _FOR_HEADS
            and (cause := for_the_sake_of(ctx, we)) is not None
        ):
            end = cause  # تحالف الوطنيين من أجل التغيير، حزب التجمع من أجل الديمقراطية
            break
        elif w == "في" and key in _OFFICIAL_HEADS and (place := place_at(ctx, we)) is not None:
            end = place  # بعثة الأمم المتحدة للدعم في ليبيا: an official name keeps its في
            break
        else:
            break
        words.append(w)
    return end, words


def _unit_word(w: str, words: list[str]) -> int | None:
    """0 (no construct noun may follow) when `w` continues a military unit's name (its
    number or ordinal right after the head, then its arm of service), None otherwise."""
    if len(words) == 1 and (w.isdigit() or w in ORDINALS):
        return 0
    last = words[-1]
    if w in ARMS and (last.isdigit() or last in ORDINALS or last in ARMS):
        return 0
    return None


# Nouns of monitoring and implementing: the event phrase after them is what a body watches
# (مراقبة وقف إطلاق النار، لمراقبة نزع السلاح), part of its name, not an event.
_WATCH: Final = frozenset(["مراقبه", "رصد", "متابعه", "تنفيذ"])


def _watched(ctx: Context, we: int, w: str, construct: int) -> int | None:
    """The end of a monitoring noun and the event phrase it monitors (مراقبة وقف إطلاق
    النار، لمراقبة نزع السلاح), the word `w` ending at `we`; else None."""
    if not (w[1:] in _WATCH if w.startswith("ل") else construct == 2 and w in _WATCH):
        return None
    word = ctx.word_at(we)
    if word is None or word[0] != we + 1:
        return None
    event = ctx.longest(word[0], TRIGGER)
    return event.end if event is not None and not event.prefix and " " in event.key else None


_MULTINATIONAL: Final = frozenset(["متعدده", "متعدد", "المتعدده", "المتعدد"])


def _multinational(ctx: Context, pos: int) -> int | None:
    """The end of `الجنسيات` after متعددة: a two-word adjective of a force."""
    word = ctx.word_at(pos)
    return word[1] if word is not None and word[2] == "الجنسيات" else None


def _described_place(ctx: Context, hit: Hit | None, pos: int) -> int | None:
    """The end of `DESCRIPTOR PLACE` (ولاية X، منطقة X) when the descriptor heads the word
    at hand and a known place or an unknown name follows it."""
    if hit is None or hit.prefix or not hit.kinds & ORG_HEAD or hit.end != pos:
        return None
    if ctx.lexicon.heads[hit.key][0] is not GPE:
        return None
    word = ctx.word_at(pos)
    if word is None:
        return None
    known = ctx.hit_in_word(word[0], ENTITY)
    if known is not None:
        entry = ctx.lexicon.gazetteer.get(known.key)
        ok = not known.prefix and entry is not None and entry.label is GPE
        return known.end if ok else None
    place = place_after(ctx, pos)
    return place[1] if place is not None else None


def _is_org(ctx: Context, key: str) -> bool:
    entry = ctx.lexicon.gazetteer.get(key)
    return entry is not None and entry.label is ORG


def _body_genitive(ctx: Context, key: str, ws: int, we: int) -> bool:
    """A one-word nominal trigger as the genitive of a body (لجان المقاومة، حركة المقاومة):
    the name of what the body does, not an event."""
    if key.removeprefix("ال") not in PURPOSE_HEADS:
        return False
    hit = ctx.longest(ws, TRIGGER)
    if hit is None or hit.prefix or hit.end != we:
        return False
    entry = ctx.lexicon.triggers.get(hit.key)
    return entry is not None and not entry.verbal


# Heads of parties and movements whose names end in من أجل + a cause (الاتحاد من أجل
# السلام، تحالف الوطنيين من أجل التغيير).
_FOR_HEADS: Final = PURPOSE_HEADS | frozenset(["حزب", "تجمع", "اتحاد"])


# Heads of official international names that end in a في-phrase (منظمة الأمن والتعاون في
# أوروبا، بعثة الأمم المتحدة للدعم في ليبيا); an embassy or a ministry in a city does not.
_OFFICIAL_HEADS: Final = frozenset(["بعثه", "منظمه", "البعثه", "المنظمه"])
