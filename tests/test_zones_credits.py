"""Page furniture of wire reports and the sites that relay them: credit lines, publication
lines, agency disclaimers and end marks, editors' picks and topic lists, photo credits and
permalinks get no predictions; the news around them keeps its mentions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotate.preannotate.credit_lines import is_credit_line
from annotate.preannotate.zones import find_zones
from annotate.text import normalize
from tests.test_preannotate import at, spans
from tests.test_preannotate_patterns import predict


def _credit(line: str) -> bool:
    return is_credit_line(normalize(line).text.strip())


def zoned_texts(text: str) -> list[str]:
    """The raw text of each zone of `text`, in order."""
    norm = normalize(text)
    out = []
    for z in find_zones(norm.text):
        start, end = norm.raw_span(z.start, z.end)
        out.append(text[start:end])
    return out


def test_credit_lines_in_their_house_forms() -> None:
    for line in (
        "الموصل/ الأناضول",
        "غزة/ رامي سعيد/ الأناضول",
        "يورونيوز/ أ ف ب",
        "م.ع/ر.ك (رويترز، د ب أ)",
        "بوابة الوطن - أ ش أ",
        "عمّان ٤ رجب ١٤٤٦ هـ الموافق ٤ يناير ٢٠٢٥ م بترا",
        "الخرطوم - القاهرة: «الحياة»",
        "وارسو/ رامي سعيد/ الوطن",
    ):
        assert _credit(line), line


def test_headlines_and_sentences_that_end_with_an_agency_are_no_credit_lines() -> None:
    for line in (
        "مقتل ثلاثة جنود في كمين شمال البلاد - رويترز",
        "مقتل خمسة جنود - رويترز",
        "مصادر: انهيار الهدنة في الجنوب (رويترز)",
        "وقال قائد الشرطة لرويترز",
        "الوزير يؤكد: «لن ننسحب»",
        "مجلس الأمن/ الأمم المتحدة/ جلسة في نيويورك",
        "قصفت الطائرات المدينة فجراً، بحسب الأناضول.",
    ):
        assert not _credit(line), line


_PLACE = st.sampled_from(["الموصل", "حلب", "غزة", "مأرب", "كابول", "نيامي"])
_FUNCTION = st.sampled_from(["في", "من", "على", "إلى", "عن", "بعد"])
_AGENCY = st.sampled_from(["الأناضول", "رويترز", "أ ف ب", "واس", "كونا"])


@given(st.lists(_PLACE, min_size=1, max_size=2), _FUNCTION, _AGENCY)
def test_a_function_word_makes_a_line_news_however_short(
    places: list[str], word: str, agency: str
) -> None:
    assert _credit(f"{places[0]}/ {agency}")
    assert not _credit(f"{' '.join(places)} {word} {places[-1]}/ {agency}")


def test_credit_and_publication_lines_are_zones_and_the_lead_keeps_its_places() -> None:
    text = (
        "قصف مدفعي على ريف حلب الشمالي\n\n"
        "حلب/ الأناضول\n"
        "14.03.2025\n\n"
        "قصفت القوات الحكومية قرية تل رفعت، وقال مسؤول محلي لرويترز إن ثلاثة أشخاص قُتلوا.\n\n"
        "نُشرت في: 14/03/2025 - 10:15\n"
        "نُشر: 10:20-14 مارس 2025 م"
    )
    got = spans(predict(text))
    assert at(text, "GPE", "تل رفعت") in got
    assert at(text, "ORG", "رويترز") in got
    assert zoned_texts(text) == [
        "حلب/ الأناضول",
        "14.03.2025",
        "نُشرت في: 14/03/2025 - 10:15",
        "نُشر: 10:20-14 مارس 2025 م",
    ]


def test_an_agency_disclaimer_and_what_follows_an_end_mark_are_zones() -> None:
    disclaimer = "الأخبار المنشورة على الموقع الإلكتروني للوكالة مختصرة من خدمة المشتركين."
    text = f"قصفت الطائرات مدينة إدلب.\n\n{disclaimer}\nوكالة الأناضول"
    assert zoned_texts(text) == [text[text.index("الأخبار") :]]
    text = "قصفت الطائرات مدينة إدلب.\n//انتهى//\n١٢:٤٠ ت غ"
    assert zoned_texts(text) == [text[text.index("//انتهى//") :]]
    text = "قصفت الطائرات مدينة إدلب.\n(انتهى المؤتمر)\nللاستفسارات الصحفية: مكتب الإعلام"
    assert zoned_texts(text) == [text[text.index("(انتهى") :]]
    text = "قصفت الطائرات مدينة إدلب.\n\nللتواصل: قسم الإعلام | هاتف 123 456"
    assert zoned_texts(text) == [text[text.index("للتواصل") :]]


def test_editors_picks_topic_lists_and_related_stories_run_to_the_end() -> None:
    for marker in ("اختيارات المحرر", "مواضيع", "قصص ذات صلة", "اقرأ أيضاً في الموقع:"):
        text = f"قصفت الطائرات مدينة إدلب.\n\n{marker}\nالجيش يسقط مسيّرة فوق حماة\nسوريا"
        assert zoned_texts(text) == [text[text.index(marker) :]], marker
        assert at(text, "GPE", "إدلب") in spans(predict(text))


def test_a_sentence_that_opens_with_topics_is_content() -> None:
    text = "مواضيع الخلاف بين الطرفين تشمل الأسرى والانسحاب من مدينة حماة."
    assert zoned_texts(text) == []


def test_photo_credits_and_permalinks_are_zones() -> None:
    text = (
        "جنود يسيّرون دورية قرب الحدود\n"
        "© AFP\n\n"
        "قصفت الطائرات مدينة إدلب.\n\n"
        "رابط دائم https://example.org/p/12\n"
        "النشرة متاحة بالإنجليزية أيضاً. © 2025 مركز الرصد"
    )
    assert zoned_texts(text) == [
        "© AFP",
        "رابط دائم https://example.org/p/12",
        "النشرة متاحة بالإنجليزية أيضاً. © 2025 مركز الرصد",
    ]
