"""The words of a post after its title: the ministry or office, nisba and office
adjectives, a known body or place, ل- and لل-genitives, باسم X, a deputy's post, an
envoy's destination, a place after a descriptor; and where the holder's name may start
(past a لدى/في/إلى phrase or a parenthesised abbreviation).
"""

from __future__ import annotations

import re
from typing import Final

from annotate.preannotate.gazetteer import ENTITY, FIRST_NAME, NISBA, ORG_HEAD, TITLE, TRIGGER
from annotate.preannotate.labels import GPE, ORG, PER
from annotate.preannotate.name_words import (
    GROUP_LABELS,
    OCC_WORDS,
    arabic_word,
    lex_label,
    name_like,
)
from annotate.preannotate.names import hamza_initial, known_person, name_ends
from annotate.preannotate.spans import Context, is_definite, is_definite_nisba
from annotate.text import normalize

# Definite adjectives of an office, a body or a region that close a post's genitive (وزير
# الاتصال الحكومي، رئيس الإقليم الانفصالي، حاكم منطقة الشمال الغربي), with their feminines.
_POST_ADJECTIVES: Final = frozenset(
    form
    for stem in (
        *["الحكومي", "المدني", "الانفصالي", "الاداري", "المايي", "الاعلامي", "الاقليمي"],
        *["الامني", "الشعبي", "الدبلوماسي", "الانساني", "القانوني", "الاتحادي", "المحلي"],
        *["الغربي", "الشرقي", "الجنوبي", "الشمالي"],
    )
    for form in (stem, stem + "ه")
)


# A short parenthesised abbreviation after a post's body, before the name.
PARENTHESIS: Final = re.compile(r" \([^\W\d_]{2,12}\)")


def rank_at(ctx: Context, start: int) -> bool:
    """Does a military or police rank (kind `rank` in titles.tsv) start at `start`?"""
    titles = ctx.lexicon.titles
    return any(
        hit.kinds & TITLE and not hit.prefix and titles[hit.key][1] == "rank"
        for hit in ctx.hits_at.get(start, ())
    )


def definite_post(ctx: Context, start: int) -> bool:
    """Does a definite post start at `start` (القائد العام، المتحدث، السفير) without a
    proclitic? Not a participle that as often qualifies a noun (الوفد المفاوض)."""
    titles = ctx.lexicon.titles
    return any(
        hit.kinds & TITLE
        and not hit.prefix
        and is_definite(hit.key)
        and titles[hit.key][0] >= _SURE_POST
        for hit in ctx.hits_at.get(start, ())
    )


_SURE_POST: Final = 0.8


def _post_of_a_post(ctx: Context, ws: int, we: int) -> bool:
    """Is the word [ws, we) ل + an indefinite post (لرئيس، لوزير، لأمين): the holder whose
    representative or adviser the post before is?"""
    return any(
        hit.kinds & TITLE and hit.prefix == "ل" and hit.end == we and not is_definite(hit.key)
        for hit in ctx.hits_at.get(ws + 1, ())
    )


def _definite_dual(key: str) -> bool:
    """A definite dual post (الرئيسان، المبعوثين) keeps its ن and so takes no genitive
    (بحث الرئيسان التطورات: the object)."""
    return is_definite(key) and " " not in key and key.endswith(("ان", "ين"))


def complete_post(key: str) -> bool:
    """Is a title an indefinite head with its definite genitive (رئيس مجلس السيادة، قائد
    المجلس العسكري، رئيس الوزراء): a post complete without a modifier or a name?"""
    words = key.split(" ")
    return len(words) > 1 and not is_definite(words[0]) and is_definite(words[-1])


def modifiers_end(ctx: Context, pos: int, title_key: str, headed: dict[int, int]) -> int:
    """Where the modifiers of a title end (ministry, nisba, GPE/ORG, ل-genitive, باسم X)."""
    end = pos
    named = False  # a genitive name was taken
    body = False  # the last genitive taken is a known organisation
    bare_head = False  # the last word taken is a bare ORG head (حكومة)
    named_post = complete_post(title_key)
    for _ in range(6):
        word = ctx.word_at(end)
        if word is None:
            break
        ws, we, w = word
        if rank_at(ctx, ws):
            break  # stacked titles: قائد الجيش | الفريق أول
        if (end > pos or named_post) and definite_post(ctx, ws):
            break  # رئيس مجلس السيادة | القائد العام للجيش: a second post, no genitive
        if known_person(ctx, ws) is not None or hamza_initial(ctx, ws, we, w):
            break  # رئيس الوزراء | أليكس X: the holder's name (أل with a hamza is no article)
        entity = ctx.hit_in_word(ws, ENTITY | ORG_HEAD)
        if ws in headed:
            if named:
                break  # ممثل ليبيا | قوات الردع: one genitive name, then the object
            # a known name may run past the headed one (قوة الأمم المتحدة المؤقتة في لبنان)
            known = entity.end if entity is not None and entity.kinds & ENTITY else 0
            end, named, bare_head = max(headed[ws], known), True, False
            continue
        if entity is not None and entity.kinds & FIRST_NAME:
            entity = None
        if (
            entity is not None
            and entity.kinds & ENTITY
            and not entity.kinds & ORG_HEAD
            and lex_label(ctx, entity.key) not in GROUP_LABELS
        ):
            entity = None
        if entity is not None and entity.prefix == "ل" and entity.start in headed:
            end = max(headed[entity.start], we)
            continue
        if (end > pos or " " in title_key) and _post_of_a_post(ctx, ws, we):
            end, bare_head = we, True  # الممثل الخاص | لرئيس منظمة X: the post it serves
            continue
        if title_key.endswith("باسم") and end == pos and entity is None and arabic_word(w):
            end = we
            continue
        if title_key.endswith("باسم") and end == pos and (close := _quoted_end(ctx, ws, w)):
            end = close  # المتحدث باسم "جيش X": a quoted body
            break
        if (close := _quoted_body(ctx, ws, w, end == pos)) > 0:
            end = close  # قائد «الدعم السريع»، مستشار القائد العام لـ«الدعم السريع»
            break
        if entity is not None and entity.prefix in ("", "ل"):
            if named and not entity.prefix:
                break  # قائد القيادة المركزية | بنغازي: one genitive name, then the object
            # a bare head (مقاطعة) still takes its name: حاكم مقاطعة خاركيف
            end, named = max(entity.end, we), not entity.kinds & ORG_HEAD
            bare_head = not named
            body = bool(entity.kinds & ENTITY) and lex_label(ctx, entity.key) is ORG
            continue
        if body and (phrase := _domain_phrase(ctx, ws, we, w)):
            end, body = phrase, False  # المفوض السامي للأمم المتحدة لحقوق الإنسان
            continue
        if w in ctx.lexicon.nisba or w in OCC_WORDS or (end > pos and w in _POST_ADJECTIVES):
            end = we  # وزير الاتصال الحكومي، رئيس الإقليم الانفصالي
            continue
        if end > pos and _office_adjective(ctx, ws, w):
            end = we  # وزير الموارد المائية، قائد الأمن الداخلي، وزير التعليم العالي
            continue
        if w in _AFFAIRS and (domain := _affairs_object(ctx, we)) is not None:
            end = domain  # وزير شؤون الرئاسة، المنسقة الخاصة لشؤون لبنان: the post's domain
            continue
        if w.startswith("لل") and arabic_word(w) and len(w) > 4:
            end = we  # an لل-genitive: مستشار الرئيس للسياسة الخارجية
            continue
        if (
            is_definite(w)
            and w not in ctx.lexicon.stopwords
            and (end == pos or bare_head)
            and not _definite_dual(title_key)
            and ctx.longest(ws, TRIGGER) is None
        ):
            # the ministry or office: وزير الخارجية، مستشار الرئيس; the genitive of a bare
            # body: المتحدث باسم حكومة الإقليم
            end, bare_head = we, False
            continue
        if (end > pos or " " in title_key) and _coordinated_office(ctx, ws, w):
            end = we  # وزير الداخلية والحكم المحلي: a second office joined by و
            after = ctx.word_at(we)
            if after is not None and _office_adjective(ctx, after[0], after[2]):
                end = after[1]
            continue
        break
    if title_key.split(" ", 1)[0].removeprefix("ال") in _ENVOY_HEADS:
        to = ctx.word_at(end)
        if to is not None and to[2] in _ENVOY_PREPOSITIONS:
            # المبعوث الأممي الخاص إلى اليمن: an envoy's destination qualifies the post
            end = max(end, past_place_phrase(ctx, end))
    return end


def _domain_phrase(ctx: Context, ws: int, we: int, w: str) -> int:
    """The end of ل + an indefinite noun + its definite genitive (لحقوق الإنسان) after a
    body's name in a post: the domain of the post, else 0."""
    if len(w) < 4 or w[0] != "ل" or w.startswith("لل") or not arabic_word(w):
        return 0
    if w[1:] in ctx.lexicon.stopwords or ctx.hit_in_word(ws, ENTITY | TRIGGER) is not None:
        return 0
    nxt = ctx.word_at(we)
    if nxt is None or not is_definite(nxt[2]) or nxt[2] in ctx.lexicon.stopwords:
        return 0
    if ctx.hit_in_word(nxt[0], TRIGGER | TITLE | NISBA | ENTITY) is not None:
        return 0
    return nxt[1]


_AFFAIRS: Final = frozenset(["شوون", "لشوون"])


def _affairs_object(ctx: Context, pos: int) -> int | None:
    """The end of the genitive of شؤون / لشؤون: a known place, group or headed name, or a
    definite common noun (شؤون الرئاسة، لشؤون اللاجئين), else None."""
    word = ctx.word_at(pos)
    if word is None:
        return None
    ws, we, w = word
    hit = ctx.hit_in_word(ws, ENTITY)
    if hit is not None and not hit.prefix and hit.start == ws:
        return hit.end if lex_label(ctx, hit.key) is not PER else None
    if is_definite(w) and w not in ctx.lexicon.stopwords and arabic_word(w):
        return we
    if not arabic_word(w) or w in ctx.lexicon.stopwords or ctx.hit_in_word(ws, TITLE):
        return None
    after = ctx.word_at(we)  # a noun and its definite genitive: لشؤون إعادة الإدماج
    if after is None or after[0] != we + 1 or not is_definite(after[2]):
        return None
    genitive = after[2] not in ctx.lexicon.stopwords and arabic_word(after[2])
    return after[1] if genitive else None


# Heads of posts sent to a country or a body; their إلى/لدى phrase belongs to the post.
_ENVOY_HEADS: Final = frozenset(
    ["مبعوث", "مبعوثه", "سفير", "سفيره", "ممثل", "ممثله", "منسق", "منسقه"]
)


_ENVOY_PREPOSITIONS: Final = frozenset(["الي", "لدي"])


def _coordinated_office(ctx: Context, start: int, word: str) -> bool:
    """و + a definite common noun after the office of a title (والحكم، والتعاون الدولي),
    not another name, title, trigger or nisba."""
    if not word.startswith("وال") or len(word) < 5 or word[1:] in ctx.lexicon.stopwords:
        return False
    if word[1:] in ctx.lexicon.nisba or ctx.hit_in_word(start, FIRST_NAME) is not None:
        return False
    return ctx.hit_in_word(start, ENTITY | ORG_HEAD | TITLE | TRIGGER | NISBA) is None


def _office_adjective(ctx: Context, start: int, word: str) -> bool:
    """A definite ي-adjective of an office (المحلي، الدولي، المائية، الداخلي), no lexicon word
    of another kind (a name, a title, a trigger, a body's head)."""
    if not (is_definite_nisba(word) and len(word) > 4 and arabic_word(word)):
        return False
    if word in ctx.lexicon.stopwords or word in ctx.lexicon.value_words:
        return False
    return ctx.hit_in_word(start, ENTITY | TITLE | TRIGGER | ORG_HEAD) is None


# Heads of a deputy's or an adviser's post: the title after them is the post (نائب وزير،
# مساعد وزير، مستشار رئيس الوزراء للأمن القومي).
DEPUTIES: Final = frozenset(
    ["نايب", "النايب", "مساعد", "وكيل", "القايم باعمال", "مستشار", "المستشار"]
)  # normalised


# Dual and plural posts take coordinated countries: وزيري خارجية البلد أ والبلد ب.
PLURAL_POSTS: Final = (
    "وزيري",
    "وزيرا",
    "وزراء",
    "رييسي",
    "رييسا",
    "روساء",
    "قاده",
    "قايدي",
    "المبعوث",
)


# Titles of a town or a province: the unknown word after them is the place (رئيس بلدية X).
PLACE_TITLES: Final = frozenset(
    normalize(title).text for title in ("رئيس بلدية", "رئيس البلدية", "محافظ", "حاكم", "عمدة")
)


# Prepositions that attach a post to a place or a body: السفير الروسي لدى دمشق، المنسقة
# الأممية في اليمن، المبعوث الأممي إلى سوريا، قائد القوات في الجيش الوطني.
_POST_PREPOSITIONS: Final = frozenset(["لدي", "في", "الي"])


def described_place(ctx: Context, pos: int, end: int) -> tuple[int, int] | None:
    """The unknown place after a place descriptor (مقاطعة، منطقة) that ends a post's words
    in [pos, end) or is the last but one of them: an indefinite name word after it, or the
    one definite word that closes the post (مفوض مقاطعة الناصر)."""
    word = ctx.word_at(pos)
    while word is not None and word[1] <= end:
        ws, we, _ = word
        head = ctx.hit_in_word(ws, ORG_HEAD)
        word = ctx.word_at(we)
        if head is None or head.end != we or ctx.lexicon.heads[head.key][0] is not GPE:
            continue
        if word is None or ctx.hit_in_word(word[0], ENTITY | ORG_HEAD | TITLE) is not None:
            return None
        ns, ne, w = word
        if ne == end and is_definite(w) and w not in ctx.lexicon.stopwords:
            return ns, ne
        if we == end and not is_definite(w) and w not in ctx.lexicon.first_names:
            after = ctx.word_at(ne)
            ends = name_ends(ctx, ne) or (after is not None and after[2] in ctx.lexicon.first_names)
            return (ns, ne) if ends and name_like(ctx, ns, ne, w, False) else None
        return None
    return None


def coordinated_places(ctx: Context, end: int) -> int:
    """The end of و + known places or bodies right after a dual post's genitive."""
    while True:
        word = ctx.word_at(end)
        if word is None or word[0] != end + 1:
            return end
        hit = ctx.hit_in_word(word[0], ENTITY)
        if hit is None or hit.prefix != "و" or lex_label(ctx, hit.key) not in GROUP_LABELS:
            return end
        end = hit.end


def past_place_phrase(ctx: Context, pos: int) -> int:
    """Where the name after a title may start: past a لدى/في/إلى phrase whose object is a
    known place or body (the OCC itself stays as it is), else `pos`."""
    word = ctx.word_at(pos)
    if word is None or word[2] not in _POST_PREPOSITIONS:
        return pos
    obj = ctx.word_at(word[1])
    if obj is None:
        return pos
    if word[2] == "في" and (close := _quoted_end(ctx, obj[0], obj[2])):
        return close  # القيادي في "X" Y Z: a quoted body, then the name
    hit = ctx.hit_in_word(obj[0], ENTITY | ORG_HEAD)
    if hit is None or hit.prefix or hit.start != obj[0]:
        return pos
    end = hit.end
    if hit.kinds & ENTITY:
        if lex_label(ctx, hit.key) not in GROUP_LABELS:
            return pos
    else:
        end = _org_end(ctx, hit.start, hit.end)
        if end == hit.end and not is_definite(hit.key):
            return pos  # a bare definite head is the body of the story (القيادي في الجبهة X)
    after = ctx.word_at(end)
    while after is not None and (after[2] in ctx.lexicon.nisba or after[2] in OCC_WORDS):
        end = after[1]  # الجيش الوطني الليبي
        after = ctx.word_at(end)
    return end


_OPEN_QUOTES: Final = {'"': '"', "«": "»", "“": "”"}


def _quoted_end(ctx: Context, start: int, mark: str) -> int:
    """The end of a short quoted name opening at `start` (at most five words on the line),
    or 0."""
    close_mark = _OPEN_QUOTES.get(mark)
    if close_mark is None:
        return 0
    close = ctx.text.find(close_mark, start + 1, start + 50)
    inside = ctx.text[start + 1 : close]
    if close < 0 or "\n" in inside or not inside.strip() or inside.count(" ") > 4:
        return 0
    return close + 1


def _quoted_body(ctx: Context, start: int, word: str, first: bool) -> int:
    """The end of a quoted known body as a post's genitive: right after the post (قائد
    «X») or after ل anywhere in its modifiers (لـ«X»), or 0."""
    if word == "ل" and ctx.text[start + 1 : start + 2] in _OPEN_QUOTES:
        start += 1
    elif not first:
        return 0
    close = _quoted_end(ctx, start, ctx.text[start : start + 1])
    if not close:
        return 0
    hit = ctx.longest(start + 1, ENTITY)
    known = hit is not None and hit.end == close - 1 and lex_label(ctx, hit.key) is ORG
    return close if known else 0


def _org_end(ctx: Context, start: int, head_end: int) -> int:
    """The end of a headed name at `start` (its definite genitives and adjectives)."""
    end = head_end
    for _ in range(4):
        word = ctx.word_at(end)
        if word is None:
            break
        known = ctx.hit_in_word(word[0], ENTITY)
        if known is not None and not known.prefix and lex_label(ctx, known.key) in GROUP_LABELS:
            end = known.end  # في حكومة طالبان: a known body or place as the genitive
            continue
        if not is_definite(word[2]) or word[2] in ctx.lexicon.stopwords:
            break
        if ctx.longest(word[0], TRIGGER | TITLE) is not None:
            break
        end = word[1]
    return end
