"""Pre-annotation: span invariants on generated Arabic text, zones, and one example per
pattern family (offsets computed with text.index)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotate.preannotate import default_preannotator, preannotate_document
from annotate.schema import Document, EntityType, EventType, GoldRecord, Role, ValueType
from annotate.text import (
    has_edge_whitespace,
    is_grapheme_boundary,
    normalize,
    starts_with_proclitic,
)
from tests.strategies import arabic_sentence, arabic_text

LEXICON_WORDS = [
    "أرمينيا",
    "أذربيجان",
    "الكرملين",
    "موسكو",
    "وزير الخارجية الروسي",
    "سيرغي لافروف",
    "وقف إطلاق النار",
    "اتفاق",
    "قصف",
    "مقتل",
    "32 قتيلا",
    "أكثر من 200",
    "قوات حفظ السلام الروسية",
    "وزارة الدفاع الأذربيجانية",
    "9 تشرين الثاني/نوفمبر 2020",
    "\N{ARABIC-INDIC DIGIT ONE}\N{ARABIC-INDIC DIGIT NINE} سبتمبر",
    "الساعة 13.00 بتوقيت غرينتش",
    "فجر السبت",
    "24 ساعة",
    "الأمم المتحدة",
    "الرئيس",
    "أعلن",
]
DECORATIONS = [
    "",
    "\N{ARABIC SHADDA}",
    "\N{ARABIC FATHATAN}",
    "\N{ARABIC TATWEEL}",
    "\N{GRINNING FACE}",
    "\N{ZERO WIDTH NON-JOINER}",
]
SEPARATORS = [" ", "  ", "\N{NO-BREAK SPACE}", "، ", ". ", "\n", " \N{GRINNING FACE} ", "\n\n"]
PREFIXES = ["", "و", "ب", "ل", "ف", "وب", "ك", "بـ"]


@st.composite
def news_text(draw: st.DrawFn) -> str:
    """Lexicon words with proclitics, tashkeel, tatweel, emoji, NBSP and Arabic-Indic digits."""
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 14))):
        word = draw(st.sampled_from(LEXICON_WORDS))
        prefix = draw(st.sampled_from(PREFIXES))
        if prefix == "ل" and word.startswith("ال"):
            word = word[1:]  # ل + ال is written لل
        mark = draw(st.sampled_from(DECORATIONS))
        cut = draw(st.integers(0, len(word)))
        parts.append(prefix + word[:cut] + mark + word[cut:])
        parts.append(draw(st.sampled_from(SEPARATORS)))
    return "".join(parts)


def check_spans(rec: GoldRecord) -> None:
    text = rec.text
    spans = [(e.start, e.end, e.surface) for e in rec.entities]
    spans += [(v.trigger.start, v.trigger.end, v.trigger.surface) for v in rec.events]
    for start, end, surface in spans:
        assert text[start:end] == surface
        assert is_grapheme_boundary(text, start), (surface, start)
        assert is_grapheme_boundary(text, end), (surface, end)
        assert not has_edge_whitespace(surface), surface
        # a lexicon word shaped like a proclitic + ال (والي) starts a span of its own
        whole = normalize(surface.split()[0]).text in default_preannotator().whole_words
        assert whole or not starts_with_proclitic(text, start, end), surface
    # the record passes every schema invariant when validated from scratch
    assert GoldRecord.model_validate(rec.model_dump()) == rec


def predict(text: str) -> GoldRecord:
    return preannotate_document(Document(id="d", text=text)).record


@given(news_text())
def test_spans_follow_the_convention_on_news_like_text(text: str) -> None:
    check_spans(predict(text))


@given(arabic_text)
def test_spans_follow_the_convention_on_noise(text: str) -> None:
    if text.strip():
        check_spans(predict(text))


@given(arabic_sentence())
def test_spans_follow_the_convention_on_sentences(text: str) -> None:
    check_spans(predict(text))


@given(news_text(), news_text(), st.sampled_from(["اقرأ أيضا", "إقرأ أيضاً:", "مقالات ذات صلة"]))
def test_related_content_zone_gets_no_prediction(body: str, tail: str, marker: str) -> None:
    # what follows the marker is an appended article: its first line reads as one (a
    # sentence), whatever comes after it
    text = f"{body}\n\n{marker}\n\nقالت الوزارة في بيان إن الوضع هادئ.\n{tail}"
    zone_start = text.index(f"\n\n{marker}\n\n")
    rec = predict(text)
    assert all(e.end <= zone_start for e in rec.entities)
    assert all(v.trigger.end <= zone_start for v in rec.events)


@given(st.sampled_from(["اقرأ المزيد", "اقرأ أيضا", "مقالات ذات صلة"]))
def test_the_article_carries_on_after_a_related_headline(marker: str) -> None:
    text = (
        "قصفت القوات مدينة حلب.\n\n"
        f"{marker}\nموسكو تطرد دبلوماسياً بريطانياً\n\n"
        "وفي دمشق، قال وزير الخارجية إن الهجوم فشل."
    )
    rec = predict(text)
    headline = text.index("موسكو")
    assert all(not e.start <= headline < e.end for e in rec.entities)
    assert at(text, "GPE", "دمشق") in spans(rec)


def test_a_related_box_ends_at_its_end_of_list_line() -> None:
    text = (
        "قصفت القوات مدينة حلب.\nاقرأ أيضا\nlist of 2 items\nlist 1 of 2\nموسكو تطرد دبلوماسياً\n"
        "list 2 of 2\nباريس تستدعي سفيرها\nend of list\nوقال وزير الخارجية إن الهجوم على إدلب فشل."
    )
    got = spans(predict(text))
    assert at(text, "GPE", "إدلب") in got
    assert at(text, "GPE", "باريس") not in got


def test_a_section_link_closing_the_page_is_a_related_block() -> None:
    text = "قصفت القوات مدينة حلب.\n\nالمزيد من أفريقيا\nالجيش المالي يسيطر على بلدة في الشمال"
    got = spans(predict(text))
    assert at(text, "GPE", "حلب") in got
    assert all(start < text.index("المزيد") for _, start, _ in got)


def test_key_figure_bullets_are_content_and_headline_bullets_are_not() -> None:
    text = (
        "قصفت القوات مدينة حلب.\n• مقتل ٦ جنود في هجوم على دورية قرب إدلب.\n"
        "• إطلاق سراح ٤ رهائن في الرقة؛\n\nأخبار أخرى\n• باريس تستدعي سفيرها لدى الجزائر\n"
    )
    got = spans(predict(text))
    assert at(text, "GPE", "إدلب") in got
    assert at(text, "GPE", "الرقة") in got
    assert at(text, "GPE", "باريس") not in got


def spans(rec: GoldRecord) -> set[tuple[str, int, int]]:
    out = {(e.type.value, e.start, e.end) for e in rec.entities}
    out |= {(v.type.value, v.trigger.start, v.trigger.end) for v in rec.events}
    return out


def at(text: str, label: str, surface: str, left: str = "") -> tuple[str, int, int]:
    start = text.index(left + surface) + len(left)
    return label, start, start + len(surface)


def test_gazetteer_clitics_and_contracted_article() -> None:
    text = "وصل الوفد إلى موسكو وبموسكو ثم للكرملين وفرنسا. كسرت الجرة."
    got = spans(predict(text))
    assert at(text, "GPE", "موسكو") in got
    assert at(text, "GPE", "موسكو", "وب") in got
    assert at(text, "ORG", "لكرملين", "ل") in got  # لل: the span starts at the second lam
    assert at(text, "GPE", "فرنسا", "و") in got
    assert not any(label == "GPE" for label, *_ in got if _[0] >= text.index("كسرت"))


def test_no_match_inside_a_word() -> None:
    rec = predict("مصرفيون وباكوية يريفانيون")
    assert rec.entities == ()


def test_persian_letters_are_not_arabic_names() -> None:
    rec = predict("(پاکستان پوائنٹ نیوز) باكستان")
    assert [e.surface for e in rec.entities] == ["باكستان"]


def test_title_name_and_propagation() -> None:
    text = "وأعلن وزير الخارجية الروسي سيرغي لافروف أن الاتفاق صامد. وقال فاردانيان إن الرئيس السابق روبن فاردانيان غادر."
    got = spans(predict(text))
    assert at(text, "OCC", "وزير الخارجية الروسي") in got
    assert at(text, "PER", "سيرغي لافروف") in got
    assert at(text, "PER", "روبن فاردانيان") in got
    assert at(text, "PER", "فاردانيان", "وقال ") in got  # surname propagated


def test_apposition() -> None:
    text = "وذكر حكمت حاجييف، مستشار الرئيس الأذربيجاني، أن المحادثات مستمرة."
    got = spans(predict(text))
    assert at(text, "PER", "حكمت حاجييف") in got


def test_org_head_patterns() -> None:
    text = "وقالت وزارة الدفاع الأذربيجانية إن جيش أذربيجان وقوات حفظ السلام الروسية انتشرت."
    rec = predict(text)
    got = spans(rec)
    assert at(text, "ORG", "وزارة الدفاع الأذربيجانية") in got
    assert at(text, "ORG", "جيش أذربيجان") in got
    assert at(text, "ORG", "قوات حفظ السلام الروسية", "و") in got
    subtypes = {e.surface: e.subtype for e in rec.entities}
    assert subtypes["وزارة الدفاع الأذربيجانية"] is not None


def test_dates_times_durations_and_counts() -> None:
    text = (
        "في 9 تشرين الثاني/نوفمبر 2020 و11 كانون الثاني/يناير 2021 وفي ٢٠ سبتمبر ٢٠٢٣ "
        "اعتبارا من الساعة 13.00 (09.00 بتوقيت غرينتش) وفجر السبت بعد 24 ساعة "
        "قتل 32 شخصا وأصيب أكثر من 200 آخرين يوم الثلاثاء الماضي."
    )
    got = spans(predict(text))
    assert at(text, "DATE", "9 تشرين الثاني/نوفمبر 2020") in got
    assert at(text, "DATE", "11 كانون الثاني/يناير 2021", "و") in got
    assert at(text, "DATE", "٢٠ سبتمبر ٢٠٢٣") in got
    assert at(text, "TIME", "الساعة 13.00") in got
    assert at(text, "TIME", "09.00 بتوقيت غرينتش") in got
    assert at(text, "TIME", "فجر السبت", "و") in got
    assert at(text, "DURATION", "24 ساعة") in got
    assert at(text, "NUM", "32 شخصا") in got
    assert at(text, "NUM", "أكثر من 200") in got  # آخرين is no counted noun
    assert at(text, "DATE", "يوم الثلاثاء الماضي") in got


def test_triggers_multiword_first_and_attributes() -> None:
    text = "أعلنت أرمينيا أنها لم توقع اتفاق وقف إطلاق النار. وستجري محادثات بين أرمينيا وأذربيجان."
    rec = predict(text)
    by_surface = {v.trigger.surface: v for v in rec.events}
    ceasefire = by_surface["اتفاق وقف إطلاق النار"]
    assert ceasefire.type is EventType.AGREEMENT
    assert ceasefire.attributes.agreement_kind == "ceasefire"
    assert "وقف إطلاق النار" not in by_surface  # nested part of the multiword trigger
    talks = by_surface["محادثات"]
    assert talks.type is EventType.MEET
    parties = {
        next(e.surface for e in rec.entities if e.id == a.entity)
        for a in talks.arguments
        if a.role is Role.PARTICIPANT
    }
    assert parties == {"أرمينيا", "أذربيجان"}
    stated = by_surface["أعلنت"]
    speaker = [a for a in stated.arguments if a.role is Role.SPEAKER]
    assert [next(e.surface for e in rec.entities if e.id == a.entity) for a in speaker] == [
        "أرمينيا"
    ]


def test_negation_and_stop_words() -> None:
    text = "ودعا بوتين إلى وقف القتال. ولم تهاجم القوات البلدة."
    rec = predict(text)
    types = {v.trigger.surface: v for v in rec.events}
    assert "القتال" not in types  # the content of the request, not a fight
    assert types["تهاجم"].attributes.polarity == "NEGATIVE"


def test_values_never_leave_digit_runs_split() -> None:
    rec = predict("سقط 1234567 قتيلا")
    for e in rec.entities:
        if e.type is ValueType.NUM:
            assert e.surface.startswith("1234567")


def test_entity_type_inventory_is_used() -> None:
    engine = default_preannotator()
    labels = {entry.label for entry in engine.lexicon.gazetteer.values()}
    assert {EntityType.GPE, EntityType.ORG, EntityType.PER, EntityType.NORP} <= labels


@given(news_text())
def test_fast_task_equals_to_task(text: str) -> None:
    from annotate.labelstudio.tasks import to_task

    engine = default_preannotator()
    doc = Document(id="d", text=text)
    plan = engine.plan(doc)
    expected = to_task(
        doc,
        plan.record(),
        model_version=engine.model_version,
        score=plan.score(),
        region_scores=plan.scores(),
    )
    assert engine.task(doc) == expected


def test_bylines_datelines_and_video_links_are_zones() -> None:
    text = (
        "(سبوتنيك - 21 نوفمبر 2021) أعلن الكرملين أن بوتين اتصل بباشينيان.\n"
        " كتب:  أحمد حسني\n"
        "مفاوضات في باكو بشأن قره باغ (شاهد)\n"
        "وقالت موسكو إن المحادثات مستمرة."
    )
    rec = predict(text)
    surfaces = {e.surface for e in rec.entities} | {v.trigger.surface for v in rec.events}
    assert {"الكرملين", "بوتين", "موسكو", "المحادثات"} <= surfaces
    assert not {"سبوتنيك", "21 نوفمبر 2021", "أحمد حسني", "باكو", "مفاوضات"} & surfaces


def test_a_pdf_soft_wrap_does_not_split_a_multiword_mention() -> None:
    line = "وقالت وزارة الدفاع في بيان طويل جدا إن الطرفين لم يشاركا في صياغة اتفاق وقف إطلاق"
    text = f"{line}\n\nالنار بين القوات\n\nالأذربيجانية والانفصاليين."
    got = spans(predict(text))
    assert at(text, "Agreement", "اتفاق وقف إطلاق\n\nالنار") in got


@pytest.mark.parametrize(
    "dateline",
    [
        "بيروت (رويترز) -",
        "زالينجي - 3 - 7 (كونا) --",
        "نيامي، النيجر 4 أيار 2025 (شينخوا)",
        "مابوتو، 12 آب/أغسطس 2024 (وام) -",
        "نيامي، 4 أيار/مايو - «صوت الساحل».",
    ],
)
def test_a_dateline_glued_to_the_lead_gets_no_prediction(dateline: str) -> None:
    text = f"اشتباكات في الشمال\n\n{dateline} قتل 12 جندياً في هجوم على قاعدة قرب تاهوا."
    got = spans(predict(text))
    first, lead = text.index(dateline), text.index(dateline) + len(dateline)
    assert not [span for span in got if first <= span[1] < lead]
    assert at(text, "GPE", "تاهوا") in got


@pytest.mark.parametrize(
    "lead",
    [
        "أعلنت وزارة الدفاع الأمريكية (البنتاغون) أن 12 جندياً قتلوا في تاهوا.",
        'قال وزير الخارجية - "الذي وصل إلى تاهوا" - إن الوضع هادئ.',
    ],
)
def test_a_lead_sentence_with_a_parenthesis_is_no_dateline(lead: str) -> None:
    got = spans(predict(f"اشتباكات في الشمال\n\n{lead}"))
    assert any(label == "GPE" for label, _, _ in got)
