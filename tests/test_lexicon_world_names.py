"""The world-wide people and organisations (world_people.tsv, world_orgs.tsv): every row parses
with its label and subtype, no key is repeated or also in another gazetteer file, no one-word key
is a function word, a first name, a common word or a word that a proclitic spells with it, and
invented sentences find the names, with their clitics."""

from __future__ import annotations

from collections import Counter

import pytest

from annotate.preannotate.gazetteer import PREFIXES
from annotate.preannotate.lexicon import (
    default_lexicon,
    norm_key,
)
from annotate.schema import EntityType, OrgSubtype
from tests.test_lexicon_world import (
    COMMON_WORDS,
    PROCLITIC_WORDS,
    lexicon_entries,
    lexicon_rows,
)
from tests.test_preannotate import at, spans
from tests.test_preannotate_patterns import predict

NAME_FILES = {"world_people.tsv": EntityType.PER, "world_orgs.tsv": EntityType.ORG}
OTHER_FILES = (
    "conflict_gazetteer.tsv",
    "regional_places.tsv",
    "world_places.tsv",
    "cldr_places.tsv",
)


# Words that end or spell well-known names but are frequent Arabic words on their own (سلام
# "peace", عون "help", إيجاد "finding", أبيك "your father", جيله "his generation", ولايتي "my
# term"), also after hamza folding (مؤدي "leading to" is مودي, مناوئ "hostile" is مناوي): a
# bare surname or abbreviation row may not be one. Extend it when a new one is found.
_NAME_WORDS_TEXT = (
    "سلام عون دار شريف خان عقار متقي ظريف روحاني بقائي المنفي الحلو البشير الصدر الشرع عطاف "
    "مشار إيجاد الإيجاد أبيك النجباء جيله ولايتي الميادين العربية الحدث النهار الأخبار الشرق "
    "البيان الوطن الرياض الخليج الحرة المستقبل النهضة الدعوة الوفاق كان أمان ميتا مؤدي مناوئ "
    "إيلاف"
)
NAME_WORDS = frozenset(norm_key(w) for w in _NAME_WORDS_TEXT.split(" "))


@pytest.mark.parametrize("name", sorted(NAME_FILES))
def test_every_row_parses_with_its_label(name: str) -> None:
    rows = lexicon_rows(name)
    entries = lexicon_entries(name)
    assert len(rows) > 300
    assert len(entries) == len(rows)
    assert {e.label for e in entries} == {NAME_FILES[name]}
    for row in rows:
        assert len(row) == 5, row
        assert row[4] in ("-", "ctx"), row
        assert row[0] == row[0].strip(), row
        assert "  " not in row[0], row
        # a person has no subtype; every organisation has one
        assert (row[2] == "-") == (NAME_FILES[name] is EntityType.PER), row


def test_the_organisations_carry_every_kind_of_subtype() -> None:
    used = {e.subtype for e in lexicon_entries("world_orgs.tsv")}
    assert None not in used
    assert used == set(OrgSubtype)


@pytest.mark.parametrize("name", sorted(NAME_FILES))
def test_no_key_is_repeated(name: str) -> None:
    counts = Counter(e.key for e in lexicon_entries(name))
    assert [k for k, n in counts.items() if n > 1] == []


def test_no_key_is_in_another_gazetteer_file() -> None:
    files = (*NAME_FILES, *OTHER_FILES)
    keys = {name: {e.key for e in lexicon_entries(name)} for name in files}
    clashes = [
        (name, other, sorted(keys[name] & keys[other])[:5])
        for name in NAME_FILES
        for other in files
        if other != name and keys[name] & keys[other]
    ]
    assert clashes == []


@pytest.mark.parametrize("name", sorted(NAME_FILES))
def test_no_one_word_key_is_a_common_word_or_first_name(name: str) -> None:
    lex = default_lexicon()
    words = COMMON_WORDS | NAME_WORDS | lex.first_names | lex.stopwords
    words |= set(lex.titles) | set(lex.triggers)
    bad = [e.key for e in lexicon_entries(name) if " " not in e.key and e.key in words]
    assert bad == []


@pytest.mark.parametrize("name", sorted(NAME_FILES))
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


def test_the_packaged_lexicon_holds_the_world_names() -> None:
    gazetteer = default_lexicon().gazetteer
    for name, label in NAME_FILES.items():
        for entry in lexicon_entries(name):
            assert gazetteer[entry.key].label is label, entry.key


def test_world_people_are_found_by_full_name_and_surname_with_clitics() -> None:
    text = (
        "استقبل فيليكس تشيسيكيدي نظيره في كينشاسا، ثم اتصل بكاغامي، "
        "وقالت كايا كالاس إن الاتحاد سيدعم الوساطة ولروته دور فيها."
    )
    got = spans(predict(text))
    assert at(text, "PER", "فيليكس تشيسيكيدي") in got
    assert at(text, "PER", "كاغامي", "ب") in got
    assert at(text, "PER", "كايا كالاس") in got
    assert at(text, "PER", "روته", "ول") in got


def test_a_spelling_variant_is_the_same_person() -> None:
    text = "التقى بول كاجامي ويوري موسيفيني وإسياس أفورقي في قمة إقليمية."
    got = spans(predict(text))
    assert at(text, "PER", "بول كاجامي") in got
    assert at(text, "PER", "يوري موسيفيني") in got
    assert at(text, "PER", "إسياس أفورقي") in got


def test_a_common_word_is_never_a_bare_surname() -> None:
    # سلام (peace), عون (help), دار (house) end well-known names; alone they are words
    keys = {e.key for e in lexicon_entries("world_people.tsv")}
    assert {norm_key(w) for w in ("سلام", "عون", "دار", "شريف", "خان", "عقار")} & keys == set()


def test_world_organisations_are_found_bare_and_with_clitics() -> None:
    text = (
        "دعت سادك وآسيان إلى الهدوء، وقال تقرير لأكليد إن جيش تحرير بلوشستان ولشكر طيبة "
        "صعّدا هجماتهما، ونقلت هآرتس عن مصادر أن الكابينت سيجتمع."
    )
    got = spans(predict(text))
    assert at(text, "ORG", "سادك") in got
    assert at(text, "ORG", "آسيان", "و") in got
    assert at(text, "ORG", "أكليد", "ل") in got
    assert at(text, "ORG", "جيش تحرير بلوشستان") in got
    assert at(text, "ORG", "لشكر طيبة", "و") in got
    assert at(text, "ORG", "هآرتس") in got
    assert at(text, "ORG", "الكابينت") in got


def test_an_organisation_row_wins_over_a_shorter_headed_name() -> None:
    # without the row the head-word rule stops early (جماعة أبو، منظمة مجاهدي)
    text = "تبنت جماعة أبو سياف الهجوم، فيما نددت منظمة مجاهدي خلق بالإعدامات."
    got = spans(predict(text))
    assert at(text, "ORG", "جماعة أبو سياف") in got
    assert at(text, "ORG", "منظمة مجاهدي خلق") in got


def test_a_world_region_inside_a_known_name_is_a_place_of_its_own() -> None:
    text = "دعت رابطة دول جنوب شرق آسيا ومجموعة دول أمريكا اللاتينية والكاريبي إلى الحوار."
    got = spans(predict(text))
    assert at(text, "ORG", "رابطة دول جنوب شرق آسيا") in got
    assert at(text, "LOC", "جنوب شرق آسيا") in got
    assert at(text, "ORG", "مجموعة دول أمريكا اللاتينية والكاريبي") in got
    assert at(text, "LOC", "أمريكا اللاتينية والكاريبي") in got


def test_a_foreign_first_name_makes_an_unknown_full_name_a_person() -> None:
    # neither person is in any gazetteer: the first names alone mark the names
    text = "قال توم كارلسون إن الوفد وصل، ونفى رونين شاحار ذلك."
    got = spans(predict(text))
    assert at(text, "PER", "توم كارلسون") in got
    assert at(text, "PER", "رونين شاحار") in got


def test_no_person_row_starts_with_a_title() -> None:
    # a title is an OCC of its own before the name (الملك | عبد الله الثاني); أمير without
    # the article is also a first name (أمير حاتمي)
    titles = set(default_lexicon().titles) - {norm_key("أمير")}
    bad = [
        e.key
        for e in lexicon_entries("world_people.tsv")
        if any(" ".join(e.key.split()[:n]) in titles for n in (1, 2, 3))
    ]
    assert bad == []


def test_a_title_before_a_world_name_stays_an_occupation() -> None:
    text = "استقبل الملك عبد الله الثاني وزير الخارجية الأمريكي ماركو روبيو في عمّان."
    got = spans(predict(text))
    assert at(text, "OCC", "الملك") in got
    assert at(text, "PER", "عبد الله الثاني") in got
    assert at(text, "PER", "ماركو روبيو") in got
