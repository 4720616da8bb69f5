"""The entity stage of the pipeline: every lexicon hit, value, title, ORG head and name rule
of one document -> the kept entity candidates (top-level mentions, OCCs, nested names).

Separate from `pipeline.py`, which only orchestrates the stages (scan, entities, triggers,
arguments, raw offsets): this module holds the entity decisions and the context gates of the
gazetteer's ambiguous names.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate, chain
from typing import Final

from annotate.preannotate.facilities import settle_facilities, town_of
from annotate.preannotate.gazetteer import (
    ENTITY,
    FIRST_NAME,
    ORG_HEAD,
    TITLE,
    VALUE,
    Hit,
)
from annotate.preannotate.headed import GENERIC, find_headed
from annotate.preannotate.labels import FAC, NORP, OCC, ORG, PER, WEA
from annotate.preannotate.offices import holder_offices, quoted_groups
from annotate.preannotate.orgs import abbreviations, agreeing_nisba, branch_heads, find_groups
from annotate.preannotate.people import find_first_names, find_kunyas, find_people, propagate
from annotate.preannotate.place_cues import find_place_cues
from annotate.preannotate.places import overlooking, propagate_places, qualified_places
from annotate.preannotate.resolve import (
    NESTABLE,
    may_nest,
    overlapping,
    part_of_a_name,
    resolve,
)
from annotate.preannotate.spans import Candidate, Context, is_definite
from annotate.preannotate.speakers import find_speakers
from annotate.preannotate.values import ValueGrammar
from annotate.preannotate.weapons import count_weapons, find_weapons
from annotate.preannotate.zones import ZoneIndex
from annotate.schema import EntityType

_CONTEXT_WORDS: Final = frozenset(
    [
        "في",
        "من",
        "الي",
        "دوله",
        "جمهوريه",
        "شمال",
        "جنوب",
        "شرق",
        "غرب",
        "وسط",
        "عاصمه",
        "مدينه",
        # place descriptors (مخيم جنين، محافظة حماة)
        *["مخيم", "محافظه", "ولايه", "بلده", "قريه", "منطقه", "اقليم", "ريف", "مقاطعه", "حي"],
        "حكومه",
        "رييس",
        "ضد",
        "مع",
        # near a place, on the road to it, in its sector (قرب صور، طريق كايا، قطاع المحبس)
        *["قرب", "طريق", "قطاع"],
    ]
)


def find_entities(
    ctx: Context, hits: list[Hit], zones: ZoneIndex, grammar: ValueGrammar
) -> list[Candidate]:
    """The entity candidates of one document, sorted by span: `hits` are its lexicon hits
    outside the zones (`ctx.lexicon` their lexicon), `grammar` that of its values."""
    lex = ctx.lexicon
    cands: list[Candidate] = []
    titles: dict[int, tuple[int, int, str]] = {}
    heads: dict[int, tuple[int, int, str]] = {}
    first_names: list[int] = []
    anchors: list[int] = []
    for hit in hits:
        kinds = hit.kinds
        if kinds & VALUE:
            anchors.append(hit.start)
        if kinds & ENTITY:
            entry = lex.gazetteer[hit.key]
            if entry.needs_context and not _has_context(ctx, hit, entry.label):
                continue
            if entry.label in _PLACE_LABELS and _adverbial(ctx, hit.end):
                continue  # قصفاً أوكرانياً: a place name never takes tanween
            if overlooking(ctx, hit.key, hit.end):
                continue  # التلال المطلة على العاصمة: a participle, no place
            if entry.label is NORP and agreeing_nisba(ctx, hit):
                continue  # الجنود الأمريكيين: an adjective, not a people
            end = hit.end
            if entry.label is ORG and is_definite(hit.key.rsplit(" ", 1)[-1]):
                end = _nisba_after(ctx, end)  # الدفاع المدني السوري: the same body
            cands.append(
                Candidate(hit.start, end, entry.label, entry.prior, "gazetteer", entry.subtype)
            )
            if entry.label is FAC and " " in hit.key:
                cands.extend(town_of(ctx, hit))
        if kinds & TITLE:
            _keep_longest(titles, hit)
        if kinds & ORG_HEAD:
            _keep_longest(heads, hit)
        if kinds & FIRST_NAME and hit.prefix in ("", "و"):
            first_names.append(hit.start)
    cands.extend(qualified_places(ctx, cands))  # جمهورية توغو، كيفو الشمالية
    weapons = [c for c in cands if c.label is WEA]
    more = find_weapons(ctx, weapons)
    cands.extend(more)
    weapons.extend(more)
    # the grammar's values, then the duals only the raw text's vowels mark (أُفرج عن بحّارَين)
    found = chain(grammar.find(ctx.text, anchors, ctx.wraps), grammar.marked_duals(ctx.norm))
    values = [
        Candidate(v.start, v.end, v.type, v.score, "value")
        for v in found
        if not zones or not zones.covers(v.start, v.end)
    ]
    if weapons:
        count_weapons(ctx.text, values, weapons)
    cands.extend(values)
    title_spans = sorted(titles.values())
    # An ORG head inside a title (وزير الخارجية) belongs to the title, unless it ends it.
    title_starts = [t[0] for t in title_spans]
    title_reach = list(accumulate((t[1] for t in title_spans), max))
    head_spans: list[tuple[int, int, str]] = []
    in_titles: list[tuple[int, int, str]] = []
    for h in heads.values():
        inside = _inside_a_title(h, titles, title_starts, title_reach)
        (in_titles if inside else head_spans).append(h)
    norp_hits = [
        (c.start, c.end, ctx.text[c.start : c.end])
        for c in cands
        if c.label is NORP and c.source == "gazetteer"
    ]
    groups = find_groups(ctx, norp_hits)
    cands.extend(groups)
    headed = settle_facilities(ctx, find_headed(ctx, head_spans, groups), head_spans)
    cands.extend(c for c in headed if c.source != GENERIC)
    if in_titles:
        cands.extend(_bodies_in_titles(ctx, in_titles, groups, title_spans, title_starts))
    ends = {c.start: c.end for c in headed if c.label is ORG}
    cands.extend(find_people(ctx, title_spans, ends))
    cands.extend(find_first_names(ctx, first_names))
    if "ابو " in ctx.text or "ام " in ctx.text:
        cands.extend(find_kunyas(ctx))
    cands.extend(find_place_cues(ctx))
    cands.extend(find_speakers(ctx))
    cands.extend(holder_offices(ctx, cands))
    if '"' in ctx.text:
        cands.extend(quoted_groups(ctx))

    top = resolve([c for c in cands if c.label is not OCC])
    orgs = [c for c in top if c.label is ORG]
    if orgs and "(" in ctx.text:
        more = [
            c for c in abbreviations(ctx, orgs) if not zones or not zones.covers(c.start, c.end)
        ]
        top = resolve(top + more)
    places = [c for c in top if c.source == "descriptor"]
    if places:
        # a word after a place descriptor that names a body elsewhere (ولاية يونيسفا:
        # a mandate) is no place; the other places are spread over the document
        bodies = {ctx.text[c.start : c.end] for c in top if c.label is ORG}
        top = [
            c for c in top if c.source != "descriptor" or ctx.text[c.start : c.end] not in bodies
        ]
        places = [c for c in places if ctx.text[c.start : c.end] not in bodies]
        more = [
            c
            for c in propagate_places(ctx, places)
            if not zones or not zones.covers(c.start, c.end)
        ]
        top = resolve(top + more)
    people = [c for c in top if c.label is PER]
    if people:
        more = [c for c in propagate(ctx, people) if not zones or not zones.covers(c.start, c.end)]
        top = resolve(top + more)
    top_starts = [c.start for c in top]
    # An OCC is kept unless it overlaps a top-level mention it may not contain.
    occs = [
        o
        for o in resolve([c for c in cands if c.label is OCC])
        if not any(
            not (c.label in NESTABLE[OCC] and o.start <= c.start and c.end <= o.end)
            for c in overlapping(top, top_starts, o.start, o.end)
        )
    ]
    # Names inside a larger mention are annotated too (رئيس أذربيجان ⊃ أذربيجان).
    occ_starts = [o.start for o in occs]
    kept = {(c.start, c.end, c.label) for c in top}
    nested = [
        c
        for c in cands
        if c.label is not OCC
        and (c.start, c.end, c.label) not in kept
        and (
            any(may_nest(o, c) for o in overlapping(top, top_starts, c.start, c.end))
            or any(may_nest(o, c) for o in overlapping(occs, occ_starts, c.start, c.end))
        )
    ]
    nested = [
        c
        for c in nested
        if not _domain_of_its_head(ctx, c, top) and not part_of_a_name(c, top, top_starts)
    ]
    inner = resolve(nested)
    if len(inner) < len(nested):
        # a second level: an IGO inside a mission named inside a post (المتحدث باسم
        # بعثة الأمم المتحدة ⊃ بعثة الأمم المتحدة ⊃ الأمم المتحدة)
        taken = {(c.start, c.end, c.label) for c in inner}
        inner += resolve(
            [
                c
                for c in nested
                if (c.start, c.end, c.label) not in taken and any(may_nest(o, c) for o in inner)
            ]
        )
    taken = {(c.start, c.end, c.label) for c in inner}
    inner += [c for c in branch_heads(ctx, top, cands) if (c.start, c.end, c.label) not in taken]
    out = top + occs + inner
    if zones:
        out = [c for c in out if not zones.covers(c.start, c.end)]
    return sorted(out, key=lambda c: (c.start, c.end))


# A ministry's or a force's domain (وزارة | الخارجية القطرية، قوات | الدفاع الرواندية): after
# its head the domain names no second body, the nisba at the end agrees with the head.
_DOMAINS: Final = frozenset(["الخارجيه", "الدفاع", "الداخليه"])


def _domain_of_its_head(ctx: Context, cand: Candidate, top: list[Candidate]) -> bool:
    """Is `cand` an ORG starting with a domain word that is the genitive of the indefinite
    one-word head of a top-level ORG ending where it ends?"""
    if cand.label is not ORG:
        return False
    text = ctx.text
    if text[cand.start : cand.end].split(" ", 1)[0] not in _DOMAINS:
        return False
    before = ctx.word_before(cand.start)
    if before is None or is_definite(before[2]):
        return False
    return any(o.label is ORG and o.start == before[0] and o.end == cand.end for o in top)


def _bodies_in_titles(
    ctx: Context,
    heads: list[tuple[int, int, str]],
    groups: list[Candidate],
    title_spans: list[tuple[int, int, str]],
    title_starts: list[int],
) -> list[Candidate]:
    """The bodies named inside a title that run to its end or past it (رئيس | المجلس
    العسكري، قائد | القوات المسلحة الكولومبية): a body, not a ministry's domain (وزير
    الخارجية القطري) and not a bare head (قائد الجيش)."""
    out: list[Candidate] = []
    for cand in find_headed(ctx, heads, groups):
        if cand.label is not ORG or cand.source == GENERIC:
            continue
        head = ctx.text[cand.start : cand.end].split(" ", 1)[0]
        if head in _DOMAINS or " " not in ctx.text[cand.start : cand.end]:
            continue
        j = bisect_left(title_starts, cand.start) - 1
        if j >= 0 and title_spans[j][1] <= cand.end:
            out.append(cand)
    return out


def _inside_a_title(
    head: tuple[int, int, str],
    titles: dict[int, tuple[int, int, str]],
    title_starts: list[int],
    title_reach: list[int],
) -> bool:
    """Does `head` start inside a title other than itself? `title_starts` are the titles'
    sorted starts, `title_reach[k]` the furthest end of the first k + 1 of them: a bisect, not
    a scan of every title per head (a long document has thousands of both)."""
    start = head[0]
    same = titles.get(start)
    if same is not None and same[1] != head[1]:
        return True
    j = bisect_left(title_starts, start) - 1  # the titles starting before the head
    if j < 0 or title_reach[j] <= start:
        return False
    # an indefinite head that ends the nearest title takes a genitive of its own:
    # رئيس حكومة | إقليم كردستان (not وزير الخارجية: the office is the title's)
    nearest = titles[title_starts[j]]
    return not (
        nearest[1] == head[1] and not is_definite(head[2]) and nearest[2].endswith(" " + head[2])
    )


def _keep_longest(best: dict[int, tuple[int, int, str]], hit: Hit) -> None:
    old = best.get(hit.start)
    if old is None or hit.end > old[1]:
        best[hit.start] = (hit.start, hit.end, hit.key)


_PLACE_LABELS: Final = frozenset([EntityType.GPE, EntityType.LOC])


def _adverbial(ctx: Context, end: int) -> bool:
    """Does the raw word ending at normalised `end` carry tanween fath (أوكرانياً, a nisba
    adjective in the accusative)?"""
    if ctx.text[end - 1] != "\N{ARABIC LETTER ALEF}":
        return False  # tanween fath sits on a final alef: the cheap test first
    norm = ctx.norm
    # tanween is written after the final alef (أوكرانياً) or on the letter before it (أوكرانيًا)
    lo = norm.to_raw(end - 2) if end >= 2 else 0
    return "\N{ARABIC FATHATAN}" in norm.raw[lo : norm.to_raw(end - 1) + 2]


# Words before an ambiguous people's name inside a movement's name (جبهة مورو، جبهة تحرير
# مورو، شعب مورو), where it is no surname.
_PEOPLE_CONTEXT: Final = frozenset(["جبهه", "تحرير", "شعب", "حركه"])


def _has_context(ctx: Context, hit: Hit, label: object) -> bool:
    """An ambiguous name (مالي، القاعدة) needs a preposition or a state word before it; an
    ambiguous group name (الشباب) is a name in quotes or after its members (مقاتلي الشباب)."""
    if label is ORG and not is_definite(hit.key) and _takes_an_object(ctx, hit.end):
        return False  # فتح الباب، بفتح تحقيق: the verbal noun with its object, not the movement
    if hit.prefix in ("ب", "ل", "وب", "ول"):
        return True
    if label in _PLACE_LABELS and _coordinated_place(ctx, hit):
        return True  # جنين وطولكرم، ودكا ونايبيداو: a list of places
    start = hit.start - len(hit.prefix)
    before = ctx.word_before(start)
    if before is None:
        return False
    if label is NORP:
        return before[2] in _PEOPLE_CONTEXT  # جبهة تحرير مورو, not the surname سيرجيو مورو
    if label is ORG:
        if before[2] in _MEMBER_WORDS or before[2] == "منصه":
            return True  # مقاتلي الشباب؛ منصة إكس: a platform named after its cue
        if before[2] in _QUOTES and before[1] == start:
            return ctx.text[hit.end : hit.end + 1] == before[2] if before[2] == '"' else True
    return before[2] in _CONTEXT_WORDS


def _takes_an_object(ctx: Context, end: int) -> bool:
    """Is the word after `end` (one space, same line) a noun that a verbal noun homograph of
    a group's name would govern: a definite word that is no nisba, or an indefinite word that
    is no function word, conjunct, known name or verb with a pronoun suffix?"""
    word = ctx.word_at(end)
    if word is None or word[0] != end + 1 or not word[2].isalpha():
        return False
    ws, _, w = word
    lex = ctx.lexicon
    if w in lex.stopwords or w in lex.nisba or w[0] == "و" or len(w) < 3:
        return False
    if ctx.hit_in_word(ws, ENTITY | TITLE) is not None:
        return False
    return is_definite(w) or not w.endswith(("ها", "هم", "ه"))


def _coordinated_place(ctx: Context, hit: Hit) -> bool:
    """Is the place `hit` joined by و to an unambiguous known place right after it, or
    right before it (عيتا الشعب والخيام)?"""
    nxt = ctx.word_at(hit.end)
    if nxt is not None and nxt[0] == hit.end + 1 and nxt[2].startswith("و"):
        other = ctx.hit_in_word(nxt[0], ENTITY)
        if other is not None and other.prefix == "و" and other.end == nxt[1]:
            return _unambiguous_place(ctx, other)
    if hit.prefix != "و":
        return False
    before = ctx.word_before(hit.start - 1)
    for _ in range(2):  # a one- or two-word place name ends right before
        if before is None:
            return False
        other = ctx.longest(before[0], ENTITY)
        if other is not None and not other.prefix and other.end == hit.start - 2:
            return _unambiguous_place(ctx, other)
        before = ctx.word_before(before[0])
    return False


def _unambiguous_place(ctx: Context, hit: Hit) -> bool:
    entry = ctx.lexicon.gazetteer.get(hit.key)
    return entry is not None and entry.label in _PLACE_LABELS and not entry.needs_context


def _nisba_after(ctx: Context, end: int) -> int:
    """The end of a definite nisba adjective right after `end`, else `end`."""
    word = ctx.word_at(end)
    if word is None or word[0] != end + 1 or not is_definite(word[2]):
        return end
    return word[1] if word[2] in ctx.lexicon.nisba else end


_QUOTES: Final = frozenset(['"', "«", "“"])
# Members and strongholds of a group: مقاتلي الشباب، عناصر القاعدة، معاقل الشباب
_MEMBER_WORDS: Final = frozenset(
    ["مقاتلي", "مقاتلو", "عناصر", "مسلحي", "مسلحو", "معاقل", "قاده", "انصار", "مسلحين"]
)
