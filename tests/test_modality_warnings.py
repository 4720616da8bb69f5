"""What a warning is about has not happened (invented sentences): the event right after
`حذّر … من أن` is HYPOTHETICAL, and so is what a chance or a means is for (فرصة ل، وسيلة ل),
whose nouns start with the letters of a conjunction (ف، و). A deal's proviso (`على أن` +
an imperfect) puts its event in the future."""

from __future__ import annotations

import pytest

from tests.test_attributes import attrs


@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        ("محذراً من أن انسحاب القوات سيفتح الباب أمام الفوضى.", "انسحاب", "HYPOTHETICAL"),
        ("وحذّر المبعوث الأممي من أن استمرار الغارات سيقوّض الهدنة.", "الغارات", "HYPOTHETICAL"),
        # the event deeper in the warned-of clause is not what the warning opens with
        ("وحذرت الوزارة من أن هذه الخروقات تقوّض الاتفاق.", "الاتفاق", "ASSERTED"),
        # a warning against an existing deal's breach leaves the deal real
        ("وحذّرت البعثة من خرق الاتفاق.", "الاتفاق", "ASSERTED"),
        ("ويمنح ذلك المسلحين فرصة لاستعادة المدينة.", "استعادة", "HYPOTHETICAL"),
        ("واعتبر الوزير الحوار وسيلة لسحب القوات من المدينة.", "سحب", "HYPOTHETICAL"),
    ],
)
def test_warned_of_and_purposed_events_are_hypothetical(
    text: str, surface: str, modality: str
) -> None:
    assert attrs(text, surface)[1] == modality


@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        ("ووقّع الطرفان الاتفاق، على أن تُستأنف المفاوضات في جنيف.", "المفاوضات", "FUTURE"),
        ("ونصت الهدنة، التي رعتها قطر، على أن يسلّم المسلحون أسلحتهم.", "يسلّم", "FUTURE"),
        # an obligation names who must act between على and أن
        ("على الحكومة أن تسحب قواتها فوراً.", "تسحب", "REQUESTED"),
    ],
)
def test_a_proviso_puts_its_event_in_the_future(text: str, surface: str, modality: str) -> None:
    assert attrs(text, surface)[1] == modality
