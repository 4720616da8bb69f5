"""Hypothesis strategies shared by the tests: Arabic text with the characters that break tools."""

from __future__ import annotations

from hypothesis import strategies as st

from annotate.schema import (
    EVENT_ROLES,
    SPAN_LABELS,
    Argument,
    Document,
    Entity,
    Event,
    EventAttributes,
    EventType,
    GoldRecord,
    OrgSubtype,
    Trigger,
    attributes_for,
)
from annotate.text import tokenize

ARABIC_LETTERS = st.characters(min_codepoint=0x0621, max_codepoint=0x064A)
TASHKEEL = st.sampled_from([chr(c) for c in range(0x064B, 0x0653)])
EXTRAS = st.sampled_from(
    [
        " ",
        "\n",
        "\N{NO-BREAK SPACE}",
        "\N{ARABIC COMMA}",
        "\N{ARABIC TATWEEL}",
        "\N{GRINNING FACE}",
        "\N{ZERO WIDTH NON-JOINER}",
        "\N{ARABIC-INDIC DIGIT SEVEN}",
        "\N{ARABIC LIGATURE LAM WITH ALEF ISOLATED FORM}",
        "\N{ARABIC LETTER FARSI YEH}",
        "7",
        ".",
    ]
)

arabic_text = st.text(alphabet=ARABIC_LETTERS | TASHKEEL | EXTRAS, min_size=1, max_size=200)
"""Arabic letters mixed with tashkeel, tatweel, emoji, invisible marks, digits and punctuation."""

ARABIC_WORDS = [
    "أرمينيا",
    "أذربيجان",
    "وقف",
    "إطلاق",
    "النار",
    "لافروف",
    "موسكو",
    "الكرملين",
    "جندياً",
    "وزارة",
    "الدفاع",
]


@st.composite
def arabic_sentence(draw: st.DrawFn) -> str:
    """Words with optional proclitics and tashkeel, joined by spaces and punctuation."""
    words = draw(st.lists(st.sampled_from(ARABIC_WORDS), min_size=1, max_size=12))
    out = []
    for w in words:
        waw, beh, lam = "\N{ARABIC LETTER WAW}", "\N{ARABIC LETTER BEH}", "\N{ARABIC LETTER LAM}"
        # لل (ل + ال with the alef dropped) only before a definite word.
        lamlam = lam + lam if w.startswith("ال") else ""
        prefix = draw(st.sampled_from(["", waw, beh, lam, waw + beh, lamlam]))
        if prefix == lamlam and prefix:
            w = w[1:]
        mark = draw(st.sampled_from(["", "\N{ARABIC SHADDA}", "\N{ARABIC FATHATAN}"]))
        out.append(prefix + w + mark)
        out.append(draw(st.sampled_from([" ", " ", "، ", ". ", "\n", " \N{GRINNING FACE} "])))
    return "".join(out).strip() or "نص"


@st.composite
def text_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    """A text and a non-empty half-open span inside it."""
    text = draw(arabic_text)
    start = draw(st.integers(0, len(text) - 1))
    return text, start, draw(st.integers(start + 1, len(text)))


@st.composite
def gold_records(draw: st.DrawFn, doc_id: str = "doc-1") -> GoldRecord:
    """A valid GoldRecord over a generated sentence: word spans as entities and triggers,
    arguments whose roles and types the schema allows, attributes drawn from their values."""
    text = draw(arabic_sentence())
    tokens = tokenize(text)
    doc = Document(id=doc_id, text=text)
    chosen = (
        draw(st.lists(st.sampled_from(tokens), unique_by=lambda t: t.start, max_size=len(tokens)))
        if tokens
        else []
    )
    n_trig = draw(st.integers(0, len(chosen) // 2))
    entities = []
    for i, t in enumerate(chosen[n_trig:]):
        label = draw(st.sampled_from(SPAN_LABELS))
        subtype = draw(st.none() | st.sampled_from(list(OrgSubtype))) if label == "ORG" else None
        link = draw(st.none() | st.sampled_from(["wikidata:Q15180", "local:kremlin"]))
        entities.append(
            Entity(
                id=f"e{i}",
                type=label,
                start=t.start,
                end=t.end,
                surface=t.surface,
                subtype=subtype,
                link=link,
            )
        )
    events = []
    for i, t in enumerate(chosen[:n_trig]):
        event_type = draw(st.sampled_from(list(EventType)))
        args = []
        for ent in entities:
            roles = [s.role for s in EVENT_ROLES[event_type] if ent.type in s.allowed]
            if roles and draw(st.booleans()) is True:
                args.append(Argument(role=draw(st.sampled_from(roles)), entity=ent.id))
        attrs = {a.name: draw(st.sampled_from(a.values)) for a in attributes_for(event_type)}
        events.append(
            Event(
                id=f"v{i}",
                type=event_type,
                trigger=Trigger(start=t.start, end=t.end, surface=t.surface),
                arguments=tuple(args),
                attributes=EventAttributes.model_validate(attrs),
            )
        )
    return GoldRecord.for_document(doc, entities=tuple(entities), events=tuple(events))
