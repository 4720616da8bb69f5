"""The conflict-theatre gazetteer rows (theatre_people.tsv, theatre_orgs.tsv, theatre_places.tsv):
every row parses with a label its file allows, no key is repeated or also in another gazetteer
file, no one-word key is a function word, first name, title, trigger or common word (unless a
place row carries `ctx`) or a word that a proclitic spells with it, and invented sentences find
the names with their clitics, type and exact span."""

from __future__ import annotations

from collections import Counter

import pytest

from annotate.preannotate.gazetteer import PREFIXES
from annotate.preannotate.lexicon import (
    default_lexicon,
    norm_key,
)
from annotate.schema import EntityType
from tests.test_lexicon_world import (
    COMMON_WORDS,
    PROCLITIC_WORDS,
    lexicon_entries,
    lexicon_rows,
)
from tests.test_lexicon_world_names import NAME_WORDS
from tests.test_preannotate import at, spans
from tests.test_preannotate_patterns import predict

THEATRE_FILES = {
    "theatre_people.tsv": {EntityType.PER},
    "theatre_orgs.tsv": {EntityType.ORG, EntityType.NORP},
    "theatre_places.tsv": {EntityType.GPE, EntityType.LOC, EntityType.FAC},
}
OTHER_FILES = (
    "conflict_gazetteer.tsv",
    "regional_places.tsv",
    "world_places.tsv",
    "world_people.tsv",
    "world_orgs.tsv",
    "cldr_places.tsv",
)


@pytest.mark.parametrize("name", sorted(THEATRE_FILES))
def test_every_row_parses_with_a_label_its_file_allows(name: str) -> None:
    rows = lexicon_rows(name)
    entries = lexicon_entries(name)
    assert len(rows) > 300
    assert len(entries) == len(rows)
    assert {e.label for e in entries} <= THEATRE_FILES[name]
    for row in rows:
        assert len(row) == 5, row
        assert row[4] in ("-", "ctx"), row
        assert row[0] == row[0].strip(), row
        assert "  " not in row[0], row
        # an organisation has a subtype; nothing else has one
        assert (row[2] != "-") == (row[1] == "ORG"), row


def test_no_key_is_repeated_in_or_across_the_theatre_files() -> None:
    counts = Counter(e.key for name in THEATRE_FILES for e in lexicon_entries(name))
    assert [k for k, n in counts.items() if n > 1] == []


def test_no_key_is_in_another_gazetteer_file() -> None:
    theatre = {e.key for name in THEATRE_FILES for e in lexicon_entries(name)}
    for other in OTHER_FILES:
        assert sorted(theatre & {e.key for e in lexicon_entries(other)})[:5] == [], other


@pytest.mark.parametrize("name", sorted(THEATRE_FILES))
def test_no_one_word_key_is_a_common_word_first_name_or_lexicon_word(name: str) -> None:
    lex = default_lexicon()
    words = COMMON_WORDS | NAME_WORDS | lex.first_names | lex.stopwords | lex.nisba
    words |= set(lex.titles) | set(lex.triggers) | set(lex.heads)
    bad = [e.key for e in lexicon_entries(name) if " " not in e.key and e.key in words]
    assert [
        k for k in bad if not any(e.key == k and e.needs_context for e in lexicon_entries(name))
    ] == []
    assert not [e.key for e in lexicon_entries(name) if e.key in lex.stopwords]


@pytest.mark.parametrize("name", sorted(THEATRE_FILES))
def test_no_key_with_a_proclitic_spells_a_word(name: str) -> None:
    lex = default_lexicon()
    words = PROCLITIC_WORDS | lex.first_names | lex.stopwords
    clashes = [
        (prefix, entry.key)
        for entry in lexicon_entries(name)
        if " " not in entry.key
        for prefix in PREFIXES
        if prefix and prefix + entry.key in words
    ]
    assert clashes == []


def test_the_packaged_lexicon_holds_the_theatre_names() -> None:
    gazetteer = default_lexicon().gazetteer
    for name in THEATRE_FILES:
        for entry in lexicon_entries(name):
            assert gazetteer[entry.key] == entry, entry.key


def test_theatre_people_are_found_with_their_clitics() -> None:
    text = (
        "اتصل حسن شيخ محمود بالتعايشي، وقال الأعيسر إن الرسالة وصلت لتكالة "
        "وللدبيبة، فيما التقى وميقاتي وفداً أممياً."
    )
    got = spans(predict(text))
    assert at(text, "PER", "حسن شيخ محمود") in got
    assert at(text, "PER", "التعايشي", "ب") in got
    assert at(text, "PER", "الأعيسر", "قال ") in got
    assert at(text, "PER", "تكالة", "ل") in got
    assert at(text, "PER", "ميقاتي", "و") in got


def test_theatre_organisations_are_found_with_their_clitics() -> None:
    text = (
        "اشتبك جهاز الردع مع قوة النواصي، ورحبت أوسوم بالهدنة، وقالت كوغات إن "
        "لواء كفير انسحب، وانضمت كندا لتحالف الراغبين ولحزب تقرير المصير مقاعد."
    )
    got = spans(predict(text))
    assert at(text, "ORG", "جهاز الردع") in got
    assert at(text, "ORG", "قوة النواصي") in got
    assert at(text, "ORG", "أوسوم", "ورحبت ") in got
    assert at(text, "ORG", "كوغات") in got
    assert at(text, "ORG", "لواء كفير") in got
    assert at(text, "ORG", "تحالف الراغبين", "ل") in got
    assert at(text, "ORG", "حزب تقرير المصير", "ول") in got


def test_theatre_places_are_found_with_their_clitics() -> None:
    text = (
        "نُقل الجرحى إلى مستشفى كمال عدوان، وتقدمت القوات في محور موراغ وبالزوايدة، "
        "وزار الوفد الشيخ جراح وللجيش قاعدة في بادمي وقصفت الطائرات كاودا."
    )
    got = spans(predict(text))
    assert at(text, "FAC", "مستشفى كمال عدوان") in got
    assert at(text, "FAC", "محور موراغ") in got
    assert at(text, "GPE", "الزوايدة", "وب") in got
    assert at(text, "GPE", "الشيخ جراح") in got
    assert at(text, "GPE", "بادمي") in got
    assert at(text, "GPE", "كاودا") in got


def test_an_installation_named_after_a_town_keeps_the_town_nested() -> None:
    # the towns are rows of their own, the installations are left to the head-word rule,
    # which nests the town (a gazetteer FAC row would hide it)
    text = "قصفت مسيّرة مطار معيتيقة الدولي في طرابلس، ثم نزحوا إلى مخيم زمزم."
    got = spans(predict(text))
    assert at(text, "FAC", "مطار معيتيقة الدولي") in got
    assert at(text, "GPE", "معيتيقة") in got
    assert at(text, "FAC", "مخيم زمزم") in got
    assert at(text, "GPE", "زمزم") in got


def test_a_common_word_after_a_movement_name_stays_a_verbal_noun() -> None:
    # no place row may be a common word such as الباب: it would make فتح الباب a movement
    text = "قال المسؤول إن الرئيس هو من فتح الباب أمام الحوار."
    got = spans(predict(text))
    assert not any(label == "ORG" for label, *_ in got)


def test_no_person_row_starts_with_a_title() -> None:
    # a title is an OCC of its own before the name; أمير without the article is a first name
    titles = set(default_lexicon().titles) - {norm_key("أمير")}
    bad = [
        e.key
        for e in lexicon_entries("theatre_people.tsv")
        if any(" ".join(e.key.split()[:n]) in titles for n in (1, 2, 3))
    ]
    assert bad == []


# Frequent Arabic words that are also names of places in the theatres (الأقصى in الحد الأقصى,
# الباب in فتح الباب, وانة read as وإنه, الجبين, سجد, الشعيرات): reviewed against a word-frequency
# list and left out; a bare row for one of them would tag the word everywhere.
_FREQUENT_TEXT = (
    "الأقصى الباب وانة الجبين سجد الشعيرات الحدث الطيبة القاع المصنع الزيتون الرمال "
    "الحرية الشعب الدورة العين الميناء الحي البلد الأمل الكرامة المنارة الخيام الشيوخ"
)
_FREQUENT_WORDS = frozenset(norm_key(w) for w in _FREQUENT_TEXT.split(" "))


@pytest.mark.parametrize("name", sorted(THEATRE_FILES))
def test_no_row_is_a_frequent_word_reviewed_out(name: str) -> None:
    assert [e.key for e in lexicon_entries(name) if e.key in _FREQUENT_WORDS] == []
