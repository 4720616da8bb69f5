"""Event attributes from the cue words that govern a trigger in its clause (invented sentences)."""

from __future__ import annotations

import pytest

from annotate.preannotate import preannotate_document
from annotate.schema import Document, Event


def event(text: str, surface: str) -> Event:
    rec = preannotate_document(Document(id="d", text=text)).record
    start = text.index(surface)
    found = [v for v in rec.events if v.trigger.start == start]
    assert found, f"no trigger at {surface!r}: {[v.trigger.surface for v in rec.events]}"
    return found[0]


def attrs(text: str, surface: str) -> tuple[str, str, str]:
    a = event(text, surface).attributes
    return a.polarity.value, a.modality.value, a.tense.value


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # a relative ما is no negator
        ("وأصيب ثلاثة جنود بجروح، بحسب ما أعلن الجيش.", "أعلن", ("POSITIVE", "ASSERTED", "PAST")),
        # a negation stays in its clause
        (
            "وقال الوزير إن الحل لا يأتي بالقوة، مضيفاً أن المحادثات مستمرة.",
            "مضيفاً",
            ("POSITIVE", "ASSERTED", "UNSPECIFIED"),
        ),
        # a negated want makes the event an unrealised wish, not a negated fact
        (
            "وقال الوزير إن بلاده لا تريد الحرب.",
            "الحرب",
            ("POSITIVE", "HYPOTHETICAL", "UNSPECIFIED"),
        ),
        # a negated verb does not negate its plain object
        (
            "وقال إن الجيش لن يوقف عمليته في الشمال.",
            "عمليته",
            ("POSITIVE", "ASSERTED", "UNSPECIFIED"),
        ),
        # through an occurrence word, a denial or a negation reaches the event
        ("ونفى الجيش وقوع أي إصابات في صفوفه.", "إصابات", ("NEGATIVE", "ASSERTED", "UNSPECIFIED")),
        ("وانتهت الجولة دون التوصل إلى اتفاق.", "اتفاق", ("NEGATIVE", "ASSERTED", "UNSPECIFIED")),
        # an event the denied clause says happened to someone (but not one merely related)
        (
            "ونفت الحكومة أن تكون القاعدة قد تعرضت لهجوم بطائرة مسيرة.",
            "هجوم",
            ("NEGATIVE", "ASSERTED", "UNSPECIFIED"),
        ),
        (
            "ونفت الحركة أن تكون لها علاقة بالهجوم على القاعدة.",
            "الهجوم",
            ("POSITIVE", "ASSERTED", "UNSPECIFIED"),
        ),
        # لن + subjunctive is a negated future, لم + jussive a negated past
        ("وقال إن الجيش لن ينسحب من المدينة.", "ينسحب", ("NEGATIVE", "FUTURE", "FUTURE")),
        ("ولم تنسحب القوات من البلدة.", "تنسحب", ("NEGATIVE", "ASSERTED", "PAST")),
        # a request reaches its content over the addressee
        (
            "ودعت الأمم المتحدة الطرفين في بيان إلى وقف فوري لإطلاق النار.",
            "وقف فوري لإطلاق النار",
            ("POSITIVE", "REQUESTED", "UNSPECIFIED"),
        ),
        # ... but not an adjunct about what happened, nor an event it asks to look into
        (
            "ودعا الرئيس إلى الحوار بعد مقتل ثلاثة جنود.",
            "مقتل",
            ("POSITIVE", "ASSERTED", "UNSPECIFIED"),
        ),
        ("ودعت المنظمة إلى التحقيق في مقتل صحفي.", "مقتل", ("POSITIVE", "ASSERTED", "UNSPECIFIED")),
        # threats, conditions and any-event phrases are hypothetical
        (
            "وهدد الجيش بشن هجوم واسع على المدينة.",
            "هجوم",
            ("POSITIVE", "HYPOTHETICAL", "UNSPECIFIED"),
        ),
        (
            "وحذر الوزير من أن أي هجوم سيقابل برد حازم.",
            "هجوم",
            ("POSITIVE", "HYPOTHETICAL", "UNSPECIFIED"),
        ),
        # a future predicate after a nominal trigger; the noun keeps tense UNSPECIFIED
        (
            "وقالت الوزارة إن المحادثات ستنطلق غدا.",
            "المحادثات",
            ("POSITIVE", "FUTURE", "UNSPECIFIED"),
        ),
        # a short insertion between commas does not end the request's clause
        (
            "وطالبت الحكومة، اليوم الأحد، بالإفراج عن الصحفيين.",
            "الإفراج",
            ("POSITIVE", "REQUESTED", "UNSPECIFIED"),
        ),
        (
            "ودعت الوزارة، في بيان اليوم الأحد، إلى الحوار بين الطرفين.",
            "الحوار",
            ("POSITIVE", "REQUESTED", "UNSPECIFIED"),
        ),
        # ... but a comma before a new verb ends it
        (
            "ودعت الوزارة إلى الهدوء، وقالت إن الهجوم استهدف المدنيين.",
            "الهجوم",
            ("POSITIVE", "ASSERTED", "UNSPECIFIED"),
        ),
        # a need in construct, an obligation, a condition "unless"
        (
            "وشدد الوزير على ضرورة وقف القتال.",
            "وقف القتال",
            ("POSITIVE", "REQUESTED", "UNSPECIFIED"),
        ),
        ("على الحكومة أن تسحب قواتها من الحدود.", "تسحب", ("POSITIVE", "REQUESTED", "PRESENT")),
        (
            "وما لم تعد الأطراف إلى المفاوضات فإن الوضع سيتدهور.",
            "المفاوضات",
            ("POSITIVE", "HYPOTHETICAL", "UNSPECIFIED"),
        ),
        # a request to stop an attack does not make the attack requested
        (
            "ودعت الوزارة الجيش إلى الكف عن هجماته على المدينة.",
            "هجماته",
            ("POSITIVE", "ASSERTED", "UNSPECIFIED"),
        ),
        # a future time word dates a nominal trigger
        (
            "ويعقد المجلس الأسبوع المقبل جلسة حول الأزمة.",
            "جلسة",
            ("POSITIVE", "FUTURE", "UNSPECIFIED"),
        ),
        # the damma of a passive perfect tells the verb from its verbal noun
        ("وفي تطور آخر، قُتل ثلاثة جنود في كمين.", "قُتل", ("POSITIVE", "ASSERTED", "PAST")),
        # ... and so does a sentence opening on it, but not a noun coordinated after a comma
        ("وقتل خمسة جنود في هجوم على قاعدة عسكرية.", "قتل", ("POSITIVE", "ASSERTED", "PAST")),
        (
            "وأفادت الوزارة بمقتل سبعة من جنودها، وجرح عشرة آخرين.",
            "جرح",
            ("POSITIVE", "ASSERTED", "UNSPECIFIED"),
        ),
        # a form V/VI perfect is past; لم + a verb of continuing keeps the present
        (
            "وقال الوزير الذي تواصل مع الطرفين إن الوضع هادئ.",
            "تواصل",
            ("POSITIVE", "ASSERTED", "PAST"),
        ),
        ("وقال إن الجيش لم يعد يسيطر على المدينة.", "يسيطر", ("NEGATIVE", "ASSERTED", "PRESENT")),
        # what merely surrounds an event does not change it
        (
            "وأدان الوزير القصف القادم من الأراضي المجاورة.",
            "القصف",
            ("POSITIVE", "ASSERTED", "UNSPECIFIED"),
        ),
        (
            "ويعقد الوزراء الاجتماع القادم في الرياض.",
            "الاجتماع",
            ("POSITIVE", "FUTURE", "UNSPECIFIED"),
        ),
        (
            "ودعا الرئيس إلى الحوار، فيما قصفت الطائرات المدينة.",
            "قصفت",
            ("POSITIVE", "ASSERTED", "PAST"),
        ),
        (
            "وقال الجيش إن الهجوم أسفر عن مقتل خمسة جنود.",
            "مقتل",
            ("POSITIVE", "ASSERTED", "UNSPECIFIED"),
        ),
        # a special rapporteur (المقرر الخاص) schedules nothing; من المقرر أن does
        (
            "وأدان المقرر الخاص الهجوم على المدرسة.",
            "الهجوم",
            ("POSITIVE", "ASSERTED", "UNSPECIFIED"),
        ),
        ("ومن المقرر أن تستأنف المحادثات غدا.", "المحادثات", ("POSITIVE", "FUTURE", "UNSPECIFIED")),
        # participles and verbal nouns are no finite verbs
        ("وأعلن الجيش سحب قواته من البلدة.", "سحب", ("POSITIVE", "ASSERTED", "UNSPECIFIED")),
        ("وأعلنت القوات تحييد عشرة مسلحين.", "تحييد", ("POSITIVE", "ASSERTED", "UNSPECIFIED")),
    ],
)
def test_polarity_modality_tense(text: str, surface: str, expected: tuple[str, str, str]) -> None:
    assert attrs(text, surface) == expected


@pytest.mark.parametrize(
    ("text", "surface", "kind", "stage"),
    [
        ("ووقع الطرفان اتفاقاً لتبادل الأسرى في العاصمة.", "اتفاقاً", "prisoner_exchange", "signed"),
        (
            "وأعلنت الجبهة انسحابها من اتفاق وقف إطلاق النار.",
            "اتفاق وقف إطلاق النار",
            "ceasefire",
            "collapsed",
        ),
        (
            "وقال إن وقف إطلاق النار ما يزال قائماً رغم الخروقات.",
            "وقف إطلاق النار",
            "ceasefire",
            "holding",
        ),
        ("وقدم الوسطاء مسودة اتفاق سلام إلى الطرفين.", "اتفاق", "peace_treaty", "proposed"),
        ("ووافقت الحركة على إلقاء السلاح.", "ووافقت", "disarmament", "agreed"),
        ("وتمسك الطرفان بالهدنة القائمة منذ أشهر.", "الهدنة", "ceasefire", "holding"),
        # an apposition after a comma, and an instrument named after a city, are signed
        ("وهدد القتال اتفاق الجزائر للسلام، الموقّع عام 2015.", "اتفاق", "peace_treaty", "signed"),
        ("وبعد عامين من اتفاق جنيف بقي الأسرى في السجون.", "اتفاق", "other", "signed"),
        (
            "ووقع الطرفان اتفاق سلام عام 2018، لكنه انهار بعد أشهر.",
            "اتفاق",
            "peace_treaty",
            "collapsed",
        ),
        ("وبدأ سريان وقف إطلاق النار عند منتصف الليل.", "وقف إطلاق النار", "ceasefire", "in_force"),
        ("ومدد الطرفان الهدنة أسبوعاً إضافياً.", "الهدنة", "ceasefire", "holding"),
        # a long adjunct of time and place between commas does not cut the signing verb off
        (
            "ووقعت الحكومة، مساء الجمعة في العاصمة المجاورة، اتفاق سلام مع المتمردين.",
            "اتفاق",
            "peace_treaty",
            "signed",
        ),
        ("وأعلن الطرفان الاتفاق على وقف إطلاق النار.", "الاتفاق", "ceasefire", "agreed"),
    ],
)
def test_agreement_kind_and_stage(text: str, surface: str, kind: str, stage: str) -> None:
    start = text.index(surface)
    rec = preannotate_document(Document(id="d", text=text)).record
    found = [v for v in rec.events if v.trigger.start in (start, start + 1)]
    assert found, [v.trigger.surface for v in rec.events]
    a = found[0].attributes
    assert (a.agreement_kind, a.agreement_stage) == (kind, stage)


def test_a_draft_agreement_is_asserted() -> None:
    # the draft is real; its stage says it is only proposed
    assert attrs("وقدم الوسطاء مسودة اتفاق سلام إلى الطرفين.", "اتفاق")[1] == "ASSERTED"


def test_cue_words_are_spelled_as_the_normalised_text() -> None:
    # cues are matched against normalised words: a hamza seat or a teh marbuta never matches
    from annotate.preannotate import agreement_cues, clause_cues, modality_cues
    from annotate.text import normalize

    for module in (clause_cues, modality_cues, agreement_cues):
        for name, value in vars(module).items():
            if isinstance(value, (frozenset, tuple)) and value:
                for word in value:
                    if isinstance(word, str) and word.replace(" ", "").isalpha():
                        assert normalize(word).text == word, (module.__name__, name, word)
