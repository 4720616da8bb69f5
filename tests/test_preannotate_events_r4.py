"""Trigger and argument rules of the fourth events round: construction classes whose errors
recur in at least two of the development sets (B, C, F, G). Every sentence is invented;
offsets come from text.index."""

from __future__ import annotations

from annotate.schema import GoldRecord
from tests.test_preannotate_patterns import predict

Span = tuple[int, int]


def span(text: str, surface: str, left: str = "") -> Span:
    start = text.index(left + surface) + len(left)
    return start, start + len(surface)


def triggers(rec: GoldRecord) -> set[tuple[str, Span]]:
    return {(v.type.value, (v.trigger.start, v.trigger.end)) for v in rec.events}


def arguments(rec: GoldRecord) -> set[tuple[Span, str, Span]]:
    """(trigger span, role, argument span) of every predicted argument."""
    ents = {e.id: e for e in rec.entities}
    return {
        ((v.trigger.start, v.trigger.end), a.role.value, (ents[a.entity].start, ents[a.entity].end))
        for v in rec.events
        for a in v.arguments
    }


# --- trigger vocabulary -------------------------------------------------------------------


def test_a_denial_with_its_object_pronoun_is_a_statement() -> None:
    text = "واتهمت الحكومة الحركة بتهريب السلاح عبر الحدود، وهو ما تنفيه قيادة الحركة."
    assert ("Statement", span(text, "تنفيه")) in triggers(predict(text))


def test_a_negated_comment_verb_is_a_statement_and_a_suspension_is_not() -> None:
    text = "ولم يعلّق الجيش على الهجوم حتى الآن. وعلّقت الحكومة المفاوضات مع المتمردين."
    got = triggers(predict(text))
    assert ("Statement", span(text, "يعلّق")) in got
    assert not any(s == span(text, "علّقت") for _, s in got)


def test_where_it_was_said_a_post_a_voice_message_a_televised_speech() -> None:
    text = (
        'وقال المتحدث باسم الجيش في منشور على منصة "إكس" إن القوات ردّت على الهجوم. '
        "ونفى قائد الحركة، في رسالة صوتية، أي صلة بالتفجير. "
        "وقال رئيس الوزراء في كلمة متلفزة إن بلاده لن تتراجع."
    )
    got = triggers(predict(text))
    assert ("Statement", span(text, "منشور")) in got
    assert ("Statement", span(text, "رسالة صوتية")) in got
    assert ("Statement", span(text, "كلمة")) in got


def test_blaming_with_the_accused_between_verb_and_responsibility() -> None:
    text = (
        "وحمّلت وزارة الخارجية الحكومة المجاورة مسؤولية التصعيد على الحدود. "
        "وكان المسلحون يحملون بنادق آلية."
    )
    got = triggers(predict(text))
    assert ("Accuse", span(text, "حمّلت")) in got
    assert not any(s == span(text, "يحملون") for _, s in got)


def test_a_round_of_talks_alone_is_a_meeting_but_not_before_its_talks_noun() -> None:
    text = (
        "وتستضيف القاهرة الأسبوع المقبل جولة جديدة من المحادثات بين الجانبين، "
        "بعد جولة أولى في عمّان لم تُفضِ إلى اتفاق. وقال الوزير إن بلاده لن تتفاوض تحت النار."
    )
    got = triggers(predict(text))
    assert ("Meet", span(text, "جولة", "بعد ")) in got
    assert ("Meet", span(text, "جولة", "المقبل ")) not in got
    assert ("Meet", span(text, "المحادثات")) in got
    assert ("Meet", span(text, "تتفاوض")) in got


def test_a_passive_firing_after_its_projectile_is_an_attack_and_a_launch_is_not() -> None:
    text = (
        'وقال الجيش إن "قذائف عدة أُطلقت من مواقع المسلحين" على القرية. '
        "وأطلقت الحكومة مبادرة للحوار الوطني."
    )
    got = triggers(predict(text))
    assert ("Attack", span(text, "أُطلقت")) in got
    assert not any(s == span(text, "وأطلقت")[0] + 1 for _, (s, _e) in got)


def test_an_operation_of_a_non_military_genitive_is_no_attack() -> None:
    text = (
        "وتتهم السلطات عصابات مسلحة بالوقوف وراء عمليات التهريب عبر الحدود، "
        "ودعا المبعوث إلى استئناف العملية السياسية. وشنّ الجيش العملية العسكرية فجر الأحد."
    )
    got = triggers(predict(text))
    assert not any(s == span(text, "عمليات") for _, s in got)
    assert not any(s == span(text, "العملية", "استئناف ") for _, s in got)
    assert any(t == "Attack" and s[0] == text.index("العملية العسكرية") for t, s in got)


# --- arguments ----------------------------------------------------------------------------


def test_the_blamed_stands_before_the_responsibility_past_a_spokesman_title() -> None:
    text = (
        "وحمّل المتحدث باسم الحكومة السودانية خالد الأعيسر قوات الدعم السريع "
        '"المسؤولية الكاملة" عن قصف المخيم.'
    )
    got = arguments(predict(text))
    blame = span(text, "حمّل")
    assert (blame, "Accuser", span(text, "خالد الأعيسر")) in got
    assert (blame, "Accused", span(text, "قوات الدعم السريع")) in got


def test_a_passive_firing_takes_its_projectile_and_no_place_for_its_origin() -> None:
    text = 'وقال الجيش في بيان إن "صواريخ عدة أُطلقت من الجانب الآخر" قرب بلدة كفرنبل.'
    got = arguments(predict(text))
    fired = span(text, "أُطلقت")
    assert (fired, "Instrument", span(text, "صواريخ")) in got
    assert not any(t == fired and role == "Place" for t, role, _ in got)


def test_a_subject_fronted_before_an_attack_verb_is_the_attacker_not_the_place_after() -> None:
    text = "وذكرت الوكالة أن القوات الأوكرانية قصفت مدينة بيلغورود الروسية فجر الأحد."
    got = arguments(predict(text))
    verb = span(text, "قصفت")
    assert (verb, "Attacker", span(text, "القوات الأوكرانية")) in got
    # the city shelled is what was attacked (guidelines: Target), neither Attacker nor Place
    city = span(text, "بيلغورود")
    assert not any(t == verb and a == city and r != "Target" for t, r, a in got)


def test_with_a_fronted_subject_the_party_after_a_meeting_verb_is_its_object() -> None:
    text = "وزير الخارجية التركي هاكان فيدان يلتقي نظيره الإيراني عباس عراقجي في أنقرة."
    got = arguments(predict(text))
    verb = span(text, "يلتقي")
    assert (verb, "Participant", span(text, "هاكان فيدان")) in got
    assert (verb, "Participant", span(text, "عباس عراقجي")) in got
