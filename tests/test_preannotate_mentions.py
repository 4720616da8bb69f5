"""`Context.mentions_of`: the later mentions of a name found once, whole words only, after
the proclitics a caller allows."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotate.preannotate.gazetteer import boundary_copy
from annotate.preannotate.lexicon import default_lexicon
from annotate.preannotate.spans import Context
from annotate.text import normalize

LEXICON = default_lexicon()
CLITICS = frozenset(["", "و", "ب"])


def context(text: str) -> Context:
    norm = normalize(text)
    return Context(norm.text, boundary_copy(norm.text), LEXICON, {}, norm, {})


def test_whole_words_after_an_allowed_proclitic_only() -> None:
    text = "التقى كاظم بالوفد، وقال كاظم إن بكاظم وكاظمي ولكاظم لم يحضروا."
    found = list(context(text).mentions_of("كاظم", CLITICS))
    first = text.index("كاظم")
    second = text.index("كاظم", first + 1)
    third = text.index("بكاظم") + 1
    assert found == [
        (first, first, first + 4),
        (second, second, second + 4),
        (third - 1, third, third + 4),
    ]


@given(
    st.lists(
        st.sampled_from(["كاظم", "وكاظم", "بكاظم", "لكاظم", "كاظمي", "الكاظم", "،", "قال"]),
        max_size=12,
    )
)
def test_every_mention_is_the_form_ending_a_word(words: list[str]) -> None:
    text = " ".join(words)
    ctx = context(text)
    for ws, i, j in ctx.mentions_of("كاظم", CLITICS):
        assert text[i:j] == "كاظم"
        assert text[ws:i] in CLITICS
        assert ws == 0 or not text[ws - 1].isalnum()
        assert j == len(text) or not text[j].isalnum()
    expected = sum(w in ("كاظم", "وكاظم", "بكاظم") for w in words)
    assert len(list(ctx.mentions_of("كاظم", CLITICS))) == expected
