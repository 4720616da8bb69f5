"""The world-wide gazetteer rows (world_places.tsv, regional_places.tsv) and the first names:
every row parses, no key is repeated or shadows a curated one, no key is a function word or a
common Arabic word (unless flagged `ctx`), and invented sentences find the names."""

from __future__ import annotations

from collections import Counter

import pytest

from annotate.preannotate.gazetteer import PREFIXES
from annotate.preannotate.lexicon import (
    GazetteerEntry,
    default_lexicon,
    norm_key,
    parse_gazetteer,
    read_lexicon,
)
from annotate.schema import EntityType
from tests.test_preannotate import at, spans
from tests.test_preannotate_patterns import predict

PLACE_FILES = ("world_places.tsv", "regional_places.tsv")


def _keys(words: str) -> frozenset[str]:
    return frozenset(norm_key(w) for w in words.split())


# Frequent Arabic words that transliterated names can spell (after hamza, teh marbuta and alef
# maqsura folding): a place row with one of these keys must carry `ctx`, a first name must not
# be one. Kept by hand; extend it when a new collision is found.
COMMON_WORDS = _keys(
    "بيني بين كان ليل كيف بون ميدان صباح مالية ماليه نائب ميناء بئر إطار طراز موسى ماري "
    "الوحدة البحيرات الاستوائية العباسية بحري دير سار بول بو مان هوى أنا لولا بان بيت شيء "
    "لي هو فو وين جيب ديك بارك هان مين إسلام صادر عسكر أمير رضا أكبر مرضية معصومة "
    "غلام أشرف طيب قمر سلطاني دينا نارا تانك سبي ليه غال ميسور قدح ميمنة الجزيرة "
    "الأبيض المنطقة الجنوب الشمال الشرق الغرب الوسط ساحل جبل نهر بحر مدينة دولة "
    "السلام الأمن الحرب النصر الفتح الأمل الحرية العدل الهدى الفجر"
)


def lexicon_rows(name: str) -> list[list[str]]:
    """The fields of each row of a packaged lexicon file (comments and blank lines left out)."""
    return [
        line.split("\t")
        for line in read_lexicon(name).splitlines()
        if line.strip() and not line.startswith("#")
    ]


def lexicon_entries(name: str) -> list[GazetteerEntry]:
    return list(parse_gazetteer(read_lexicon(name), name))


@pytest.mark.parametrize("name", PLACE_FILES)
def test_every_place_row_parses_as_a_place(name: str) -> None:
    rows = lexicon_rows(name)
    entries = list(parse_gazetteer(read_lexicon(name), name))
    assert len(entries) == len(rows)
    assert {e.label for e in entries} <= {EntityType.GPE, EntityType.LOC, EntityType.FAC}
    for row in rows:
        assert len(row) == 5, row
        assert row[4] in ("-", "ctx"), row
        assert row[0] == row[0].strip(), row
        assert "  " not in row[0], row


@pytest.mark.parametrize("name", PLACE_FILES)
def test_no_place_key_is_repeated(name: str) -> None:
    counts = Counter(e.key for e in parse_gazetteer(read_lexicon(name), name))
    assert [k for k, n in counts.items() if n > 1] == []


def test_world_rows_shadow_no_curated_or_cldr_row() -> None:
    world = {e.key for e in parse_gazetteer(read_lexicon("world_places.tsv"), "w")}
    for other in ("conflict_gazetteer.tsv", "regional_places.tsv", "cldr_places.tsv"):
        keys = {e.key for e in parse_gazetteer(read_lexicon(other), other)}
        assert sorted(world & keys) == [], other


@pytest.mark.parametrize("name", PLACE_FILES)
def test_no_place_key_is_a_common_word_without_ctx(name: str) -> None:
    lex = default_lexicon()
    for entry in parse_gazetteer(read_lexicon(name), name):
        assert entry.key not in lex.stopwords, entry.key
        assert entry.needs_context or entry.key not in COMMON_WORDS, entry.key


def test_first_names_are_unique_and_no_common_words() -> None:
    keys = [norm_key(r[0]) for r in lexicon_rows("first_names.tsv")]
    assert [k for k, n in Counter(keys).items() if n > 1] == []
    stop = default_lexicon().stopwords
    # علي is a preposition and the commonest first name: people.py treats it on its own
    assert [k for k in keys if k in stop] == [norm_key("علي")]
    # names of the original list that are also words or places (موسى، بول، بيني، دينا) predate
    # this rule; no new one may join them
    assert sorted(k for k in keys if k in COMMON_WORDS) == sorted(
        norm_key(w) for w in ("موسى", "بول", "بيني", "دينا")
    )


def test_world_places_are_found_with_their_offsets() -> None:
    text = (
        "قصفت طائرات مسيرة مواقع قرب غوما في إقليم شمال كيفو، فيما اشتبك الجيش مع مسلحين "
        "في ولاية بورنو وفي هلمند، وعبرت سفن مضيق تايوان نحو بحر الصين الجنوبي."
    )
    got = spans(predict(text))
    assert at(text, "GPE", "غوما") in got
    assert at(text, "GPE", "شمال كيفو") in got
    assert at(text, "GPE", "هلمند") in got
    assert at(text, "LOC", "مضيق تايوان") in got
    assert at(text, "LOC", "بحر الصين الجنوبي") in got


def test_rivers_lakes_and_mountains_are_locations() -> None:
    text = "فرّ النازحون عبر بحيرة كيفو، وتحصن المقاتلون في جبال هندوكوش قرب نهر الكونغو."
    got = spans(predict(text))
    assert at(text, "LOC", "بحيرة كيفو") in got
    assert at(text, "LOC", "جبال هندوكوش") in got
    assert at(text, "LOC", "نهر الكونغو") in got


def test_a_name_that_is_a_common_word_needs_a_place_context() -> None:
    # بيني (Beni, DR Congo) is also "between me": a place only after a preposition
    text = "قال إن الأمر بيني وبينه، ثم سافر إلى بيني."
    got = spans(predict(text))
    assert at(text, "GPE", "بيني", "إلى ") in got
    assert ("GPE", text.index("بيني"), text.index("بيني") + len("بيني")) not in got


# Words that a proclitic and a place name would spell (س + ليمان is سليمان, ب + ليون is بليون,
# ك + نيس is كنيس, س + رايا is سرايا): the matcher accepts a key after a proclitic, so such a
# place would eat the word.
PROCLITIC_WORDS = _keys("سليمان بليون كنيس سرايا كبيرا كبارا سواري وسام فعلي بدا ولدي")


@pytest.mark.parametrize("name", PLACE_FILES)
def test_no_place_key_with_a_proclitic_spells_a_word(name: str) -> None:
    lex = default_lexicon()
    words = PROCLITIC_WORDS | lex.first_names | lex.stopwords
    clashes = [
        (prefix, entry.key)
        for entry in parse_gazetteer(read_lexicon(name), name)
        if " " not in entry.key
        for prefix in PREFIXES
        if prefix and prefix + entry.key in words
    ]
    assert clashes == []
