"""Every Arabic string literal of the heuristics is written as the matching copy spells it.

The pre-annotator matches on `normalize(raw).text` (hamza seats, ة, ى, Persian letters and
Arabic punctuation folded, tashkeel and tatweel deleted). A word list entry, a regex or a
punctuation test written in the raw spelling (قادة، أعلن، ؛) can never match the copy: the rule
is silently dead. This test reads every module under `annotate/preannotate/` with `ast` and
checks each maximal run of Arabic characters in each string constant (a word list entry,
a regex, a punctuation mark).

Not checked, because their spelling is normalised before use or they only make sense on the
raw text:
- docstrings;
- constants handed to a normalising function (`norm_key("قادة")`, `paradigm_keys("أطلق/يطلق")`)
  or listed in the iterable of a comprehension whose element calls one
  (`frozenset(norm_key(w) for w in ["قادة", ...])`);
- constants made only of marks the copy deletes (a fatha, a shadda): a test on the raw text;
- a punctuation mark listed next to its normalised form (`"[,،]"`, `".!?؟"`).
Everything else that is raw is in `ALLOWED` with its reason, and an entry that no longer
matches anything fails too, so the list cannot rot.
"""

from __future__ import annotations

import ast
import re
import unicodedata
from pathlib import Path

import pytest

from annotate.text import normalize
from tests.test_preannotate_events_r4 import triggers
from tests.test_preannotate_patterns import predict

PACKAGE = Path(__file__).resolve().parent.parent / "annotate" / "preannotate"
ARABIC_RUN = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+")
NORMALISERS = frozenset(["norm_key", "normalize", "paradigm_keys", "verb_forms"])

# (module, raw run) -> why the raw spelling is right (or, marked TODO, why it is still there).
ALLOWED: dict[tuple[str, str], str] = {
    # Tests on the raw text (ctx.raw_char, norm.raw): the copy has lost the distinction.
    ("attributes.py", "\N{ARABIC LETTER TEH MARBUTA}"): "raw tail of a participle (-ة vs -ه)",
    ("name_words.py", "\N{ARABIC LETTER ALEF MAKSURA}"): "raw_char: على vs علي",
    ("name_words.py", "\N{ARABIC LETTER ALEF WITH HAMZA ABOVE}"): "raw_char: hamza of a name",
    ("name_words.py", "\N{ARABIC LETTER ALEF WITH HAMZA BELOW}"): "raw_char: hamza of a name",
    ("names.py", "\N{ARABIC LETTER ALEF WITH HAMZA ABOVE}"): "raw_char: أ before a lam",
    ("trigger_senses.py", "\N{ARABIC LETTER TEH MARBUTA}"): "raw_char: ة before a pronoun",
    ("talks.py", "\N{ARABIC LETTER TEH MARBUTA}"): "raw_char: ة of قمة vs the pronoun ه",
    ("weapons.py", "\N{ARABIC LETTER ALEF WITH MADDA ABOVE}"): "raw_char: آلي vs الي",
    (
        "resolve.py",
        "\u067e\u0686\u0698\u06af\u06a9\u06cc\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2",
    ): "letters only Persian/Urdu write, found in the raw text",
    # Lemma spelling: trigger_forms/verb_persons inflect the lexicon's raw lemmas (هاجم، أهاجم،
    # قتلى) and lexicon.py normalises every generated form.
    ("trigger_forms.py", "\N{ARABIC LETTER ALEF MAKSURA}"): "lemma spelling, normalised later",
    ("trigger_forms.py", "\N{ARABIC LETTER ALEF WITH HAMZA ABOVE}"): "lemma spelling",
    ("trigger_forms.py", "\N{ARABIC LETTER WAW WITH HAMZA ABOVE}"): "lemma spelling",
    ("trigger_forms.py", "\N{ARABIC LETTER YEH WITH HAMZA ABOVE}"): "lemma spelling",
    ("trigger_forms.py", "\N{ARABIC LETTER TEH MARBUTA}"): "lemma spelling",
    ("verb_persons.py", "\N{ARABIC LETTER ALEF WITH HAMZA ABOVE}"): "lemma spelling",
}


def _called(node: ast.AST) -> bool:
    """Whether `node` contains a call of a normalising function."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call):
            func = sub.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in NORMALISERS:
                return True
    return False


def _exempt(tree: ast.Module) -> set[int]:
    """ids of the constants whose spelling does not matter (docstrings, normalised input)."""
    out: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            out.add(id(body[0].value))
        inputs: list[ast.AST] = []
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in NORMALISERS:
                inputs += [*node.args, *(k.value for k in node.keywords)]
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp)) and _called(node.elt):
            inputs += [g.iter for g in node.generators]
        out |= {id(sub) for item in inputs for sub in ast.walk(item)}
    return out


def _raw_run(run: str, literal: str) -> bool:
    """Whether `run` is spelled otherwise than the copy spells it (and not excused)."""
    folded = normalize(run).text
    if folded == run or folded == "":
        return False  # already normalised, or only marks the copy deletes (raw-text test)
    return any(
        normalize(ch).text != ch
        and not (unicodedata.category(ch)[0] in "PN" and normalize(ch).text in literal)
        for ch in run
    )


def raw_runs(tree: ast.Module) -> set[str]:
    """The raw-spelled Arabic runs in the string constants of one parsed module."""
    skip = _exempt(tree)
    return {
        run
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
        for run in ARABIC_RUN.findall(node.value)
        if _raw_run(run, node.value)
    }


def raw_literals() -> set[tuple[str, str]]:
    """(module, run) of every raw-spelled Arabic run in the heuristics' string constants."""
    return {
        (path.name, run)
        for path in sorted(PACKAGE.glob("*.py"))
        for run in raw_runs(ast.parse(path.read_text(encoding="utf-8")))
    }


def test_arabic_literals_are_spelled_as_the_matching_copy() -> None:
    unexpected = sorted(raw_literals() - ALLOWED.keys())
    assert unexpected == []


def test_every_allowed_raw_literal_still_exists() -> None:
    assert sorted(ALLOWED.keys() - raw_literals()) == []


def test_the_check_sees_a_raw_word_in_a_list_and_a_regex() -> None:
    source = 'W = frozenset(["قادة", "قاده"])\nR = r"(?:ال)?دقائق[\\s،,]"\n'
    assert raw_runs(ast.parse(source)) == {"قادة", "دقائق"}


def test_normalised_input_and_raw_marks_are_not_reported() -> None:
    source = (
        'K = frozenset(norm_key(w) for w in ["قادة"])\n'
        'P = paradigm_keys("أطلق/يطلق")\n'
        'S = "\\N{ARABIC SHADDA}"\n'
        'C = "[,،]"\n'
    )
    assert raw_runs(ast.parse(source)) == set()


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("وأدانت الحكومة العملية العدائية التي استهدفت القاعدة.", "العملية"),
        ("وتوعد الجيش بالرد على العمليات العدائية في المنطقة.", "العمليات"),
    ],
)
def test_a_hostile_operation_is_an_attack(text: str, surface: str) -> None:
    # revived by the spelling fix: عدائية was listed as عدائيه with a raw hamza seat
    start = text.index(surface)
    assert ("Attack", (start, start + len(surface))) in triggers(predict(text))
