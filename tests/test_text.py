"""Normalisation with an offset map, graphemes, tokens, clitics."""

from __future__ import annotations

import pyarabic.araby as araby
from hypothesis import example, given
from hypothesis import strategies as st

from annotate.text import (
    has_edge_whitespace,
    is_grapheme_boundary,
    normalize,
    starts_with_proclitic,
    tokenize,
    word_bounds,
)
from tests.strategies import arabic_sentence, arabic_text


@given(arabic_text)
@example("\N{ARABIC LIGATURE LAM WITH ALEF ISOLATED FORM}ب")
def test_normalize_is_idempotent(raw: str) -> None:
    once = normalize(raw).text
    assert normalize(once).text == once


@given(arabic_text)
def test_every_normalised_character_maps_into_the_raw_text(raw: str) -> None:
    norm = normalize(raw)
    positions = [norm.to_raw(i) for i in range(len(norm.text))]
    assert positions == sorted(positions)
    assert all(0 <= p < len(raw) for p in positions)
    assert norm.to_raw(len(norm.text)) == len(raw)


@given(arabic_text, st.data())
def test_raw_span_of_a_normalised_span_normalises_back(raw: str, data: st.DataObject) -> None:
    norm = normalize(raw)
    if not norm.text:
        return
    ns = data.draw(st.integers(0, len(norm.text) - 1))
    ne = data.draw(st.integers(ns + 1, len(norm.text)))
    start, end = norm.raw_span(ns, ne)
    assert 0 <= start < end <= len(raw)
    # The raw slice normalises to the normalised slice (a collapsed ligature may add letters).
    assert norm.text[ns:ne] in normalize(raw[start:end]).text
    assert is_grapheme_boundary(raw, end)


def test_matching_copy_maps_back_to_the_exact_letters() -> None:
    raw = "وأكّد الاتّحاد الرّوسي ٢٠٢٣ جندياً بـ”أسباب"
    norm = normalize(raw)
    for raw_word, norm_word in [
        ("أكّد", "اكد"),
        ("الاتّحاد", "الاتحاد"),
        ("٢٠٢٣", "2023"),
        ("جندياً", "جنديا"),
        ("أسباب", "اسباب"),
    ]:
        ns = norm.text.index(norm_word)
        start, end = norm.raw_span(ns, ns + len(norm_word))
        assert raw[start:end] == raw_word


def test_ligature_expands_and_maps_to_one_raw_character() -> None:
    raw = "ب" + "\N{ARABIC LIGATURE LAM WITH ALEF ISOLATED FORM}" + "د"
    norm = normalize(raw)
    assert norm.text == "بلاد"
    assert norm.raw_span(1, 3) == (1, 2)
    assert norm.raw_span(0, 4) == (0, 3)


def test_normalisation_folds_persian_letters_digits_and_hamza() -> None:
    assert normalize("پاکستان").text == "باكستان"
    assert normalize("إلهام آذار").text == "الهام اذار"
    assert normalize("۱۲ ٣٤").text == "12 34"
    assert normalize("على مدرسة").text == "علي مدرسه"


def test_grapheme_boundaries() -> None:
    text = "جندياً 🇸🇾\r\n"
    mark = text.index("\N{ARABIC FATHATAN}")
    assert not is_grapheme_boundary(text, mark)
    flag = text.index("\N{REGIONAL INDICATOR SYMBOL LETTER S}")
    assert is_grapheme_boundary(text, flag)
    assert not is_grapheme_boundary(text, flag + 1)
    assert not is_grapheme_boundary(text, text.index("\n"))
    assert is_grapheme_boundary(text, 0)
    assert is_grapheme_boundary(text, len(text))


@given(arabic_sentence())
def test_tokens_cover_words_exactly(text: str) -> None:
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.surface
        assert not has_edge_whitespace(tok.surface)
        assert word_bounds(text, tok.start, tok.end) == (tok.start, tok.end)


@given(arabic_sentence())
def test_tokens_agree_with_pyarabic_on_letters(text: str) -> None:
    # pyarabic (GPL, tests only) is an independent tokeniser: its words must be ours.
    ours = {(t.start, t.end) for t in tokenize(text)}
    for tok in araby.tokenize_with_location(text):
        if tok["token"].isalpha():
            assert (tok["start"], tok["end"]) in ours


def test_word_bounds_puts_clitics_back() -> None:
    text = "وصل الوفد وبموسكو اجتماع"
    start = text.index("موسكو")
    assert word_bounds(text, start, start + len("موسكو")) == (
        text.index("وبموسكو"),
        text.index("وبموسكو") + len("وبموسكو"),
    )


def test_proclitic_shapes() -> None:
    text = "والرئيس بوتين للكرملين بـ”العدوان الرئيس"
    for word, expected in [
        ("والرئيس", True),
        ("بوتين", False),
        ("للكرملين", True),
        ("بـ”العدوان", True),
        ("الرئيس", False),
    ]:
        start = text.index(word)
        assert starts_with_proclitic(text, start, start + len(word)) is expected, word


def test_edge_whitespace() -> None:
    assert has_edge_whitespace("الرئيس ")
    assert has_edge_whitespace("\N{NO-BREAK SPACE}موسكو")
    assert has_edge_whitespace("موسكو\N{ZERO WIDTH NON-JOINER}")
    assert not has_edge_whitespace("سيرغي لافروف")
