"""The pre-annotator's word lists, read from the TSV data files in `annotate/lexicons/`.

Every key is normalised with `annotate.text.normalize` at load time, so matching runs on the
normalised copy of a document and never needs the original spelling. The files are plain data
(one row per surface form); `Lexicon.with_entries` adds a project's own gazetteer on top.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Final

from annotate.errors import InputError, located
from annotate.preannotate.labels import NORP, ORG
from annotate.preannotate.trigger_forms import noun_forms, participle_forms, verb_forms
from annotate.preannotate.verb_persons import person_forms
from annotate.schema import EventType, OrgSubtype, SpanLabel, parse_span_label
from annotate.text import normalize

HEURISTICS_VERSION: Final = "0.1.0"

_FILES: Final = (
    "cldr_places.tsv",
    "conflict_gazetteer.tsv",
    "regional_places.tsv",
    "world_places.tsv",
    "world_people.tsv",
    "world_orgs.tsv",
    "theatre_people.tsv",
    "theatre_orgs.tsv",
    "theatre_places.tsv",
    "triggers.tsv",
    "titles.tsv",
    "org_heads.tsv",
    "nisba.tsv",
    "first_names.tsv",
    "stopwords.tsv",
    "value_words.tsv",
    "months.tsv",
    "weekdays.tsv",
)


def norm_key(surface: str) -> str:
    """The matching key of a lexicon surface: normalised, spaces squeezed."""
    return " ".join(normalize(surface).text.split())


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """A name: its label, ORG subtype, prior confidence and whether it needs context."""

    key: str
    label: SpanLabel
    subtype: OrgSubtype | None
    prior: float
    needs_context: bool = False


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """A trigger surface form of an event type, with attribute hints (kind, stage, direction)."""

    key: str
    event_type: EventType
    prior: float
    hints: tuple[tuple[str, str], ...] = ()
    verbal: bool = False
    span_len: int = 0  # when > 0 the trigger is the key's first span_len characters
    # a first- or second-person verb (أبلغنا، طالبتم): its subject is in its ending, so the
    # mention after it is an object, never the subject
    personal: bool = False
    # a generated حال participle (محذراً): also an adjective, so an event only in context
    circumstantial: bool = False
    # a generated form ending in the pronoun ه (أعلنه، حربه): the same key as a word in ة
    # (إضافة for أضافه), which the raw spelling tells apart
    pronoun: bool = False


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the heuristics look up, keyed by normalised surface."""

    gazetteer: dict[str, GazetteerEntry]
    triggers: dict[str, TriggerEntry]
    titles: dict[str, tuple[float, str]]
    heads: dict[str, tuple[SpanLabel, OrgSubtype | None, float]]
    nisba: frozenset[str]
    first_names: frozenset[str]
    stopwords: frozenset[str]
    value_words: dict[str, tuple[str, str]]
    months: dict[str, tuple[int, str]]
    weekdays: dict[str, int]
    fingerprint: str = field(default="")

    @property
    def model_version(self) -> str:
        """`annotate-heuristics/<version>+<lexicon fingerprint>`: changes when any list changes."""
        return f"annotate-heuristics/{HEURISTICS_VERSION}+lex.{self.fingerprint}"

    def with_entries(self, entries: Iterable[GazetteerEntry]) -> Lexicon:
        """A copy whose gazetteer also holds `entries` (an existing key keeps its entry)."""
        merged = dict(self.gazetteer)
        digest = hashlib.sha256(self.fingerprint.encode())
        for entry in entries:
            if entry.key and entry.key not in merged:
                merged[entry.key] = entry
                digest.update(f"{entry.key}\t{entry.label}".encode())
        return replace(self, gazetteer=merged, fingerprint=digest.hexdigest()[:10])


def _rows(text: str, name: str) -> Iterator[tuple[int, list[str]]]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            yield lineno, line.split("\t")


def _field(row: list[str], i: int, default: str = "-") -> str:
    return row[i].strip() if len(row) > i and row[i].strip() else default


def parse_gazetteer(text: str, name: str) -> Iterator[GazetteerEntry]:
    """Rows `surface<TAB>label[<TAB>subtype<TAB>prior<TAB>flags]` as entries."""
    for lineno, row in _rows(text, name):
        where = f"{name}:{lineno}"
        try:
            label = parse_span_label(_field(row, 1))
            sub = _field(row, 2)
            subtype = OrgSubtype(sub) if sub != "-" else None
            prior = float(_field(row, 3, "0.8"))
        except ValueError as error:
            raise InputError(
                located(where, str(error), "use surface<TAB>LABEL<TAB>SUBTYPE|-<TAB>prior")
            ) from error
        if subtype is not None and label is not ORG:
            subtype = None
        key = norm_key(row[0])
        if key:
            yield GazetteerEntry(key, label, subtype, prior, _field(row, 4) == "ctx")


def _article_forms(form: str) -> tuple[str, ...]:
    return (form,) if form.startswith("ال") else (form, "ال" + form)


_HEH: Final = "\N{ARABIC LETTER HEH}"
_BRACES: Final = re.compile(r"\{([^{}]*)\}")


def expand(form: str) -> list[str]:
    """A form with `{a,b}` alternatives as every form it stands for (`وقف {فوري,دائم}
    {للقتال,للحرب}` is four forms), in order."""
    m = _BRACES.search(form)
    if m is None:
        return [form]
    return [
        expanded
        for choice in m.group(1).split(",")
        for expanded in expand(form[: m.start()] + choice.strip() + form[m.end() :])
    ]


def _paradigm(pos: str, lemmas: list[str]) -> list[tuple[str, bool, bool, bool]]:
    """(form, personal, takes the article, ends in the pronoun ه) of every form of the lemma
    rows (VP, PP, NP), without the forms the row excludes with `!` (`!قاتل`: the participle,
    not the verb)."""
    out: list[tuple[str, bool, bool, bool]] = []
    excluded = {lemma[1:].strip() for lemma in lemmas if lemma.startswith("!")}
    for lemma in lemmas:
        if lemma.startswith("!"):
            continue
        if pos == "VP":
            head, _, phrase = lemma.strip().partition(" ")
            tail = f" {phrase.strip()}" if phrase.strip() else ""
            for f in verb_forms(head):
                out.append((f.text + tail, f.personal, False, not tail and f.text[-1] == _HEH))
        elif pos == "PP":
            out += [(form, False, False, False) for form in participle_forms(lemma.strip())]
        else:
            plain, possessed = noun_forms(lemma)
            out += [(form, False, True, False) for form in plain]
            out += [(form, False, False, form[-1] == _HEH) for form in possessed]
    return [item for item in out if item[0] not in excluded]


def _triggers(text: str) -> dict[str, TriggerEntry]:
    out: dict[str, TriggerEntry] = {}
    for _, row in _rows(text, "triggers.tsv"):
        event_type = EventType(row[0].strip())
        prior = float(row[1])
        pos = row[2].strip()
        hints: list[tuple[str, str]] = []
        for item in _field(row, 4).split(","):
            name, sep, value = item.partition("=")
            if sep:  # "-" means none
                hints.append((name.strip(), value.strip()))
        raw_forms = [f for group in row[3].split("|") for f in expand(group)]
        if pos in ("VP", "PP", "NP"):
            for form, personal, article, pronoun in _paradigm(pos, raw_forms):
                for surface in _article_forms(form) if article else (form,):
                    head, _, context = surface.partition(">")  # عبر/يعبر >عن
                    key = norm_key(f"{head} {context}")
                    if key and key not in out:
                        out[key] = TriggerEntry(
                            key,
                            event_type,
                            prior,
                            tuple(hints),
                            verbal=pos != "NP",
                            span_len=len(norm_key(head)) if context.strip() else 0,
                            personal=personal,
                            circumstantial=pos == "PP",
                            pronoun=pronoun,
                        )
            continue
        third = len(raw_forms)
        if pos == "V":
            raw_forms += person_forms(f for f in raw_forms if ">" not in f)
        for n, raw_form in enumerate(raw_forms):
            head, _, context = raw_form.partition(">")
            forms = _article_forms(head.strip()) if pos == "N" else (head.strip(),)
            for form in forms:
                span_len = len(norm_key(form)) if context.strip() else 0
                key = norm_key(f"{form} {context}")
                if key and key not in out:
                    out[key] = TriggerEntry(
                        key, event_type, prior, tuple(hints), pos == "V", span_len, n >= third
                    )
    return out


def _nisba_forms(text: str) -> frozenset[str]:
    out: set[str] = set()
    for _, row in _rows(text, "nisba.tsv"):
        base = norm_key(row[0])
        for form in (base, base + "ه", base + "ين", base + "ون"):
            out.add(form)
            out.add("ال" + form)
    return frozenset(out)


# Nisba adjectives whose definite plural is not a people (الدوليين، الماليين: "financial").
_NOT_PEOPLE: Final = frozenset(["اممي", "دولي", "مالي", "عربي", "سوفياتي", "سوفيتي", "اسلامي"])


def _nationality_plurals(text: str) -> Iterator[GazetteerEntry]:
    """The definite sound plurals of the nationality adjectives (السوريين، اللبنانيون): a
    nationality used as a noun is a NORP wherever it stands, like the broken plurals (الأرمن)
    the curated gazetteer lists. Indefinite plurals stay adjectives (مسؤولين سوريين)."""
    for _, row in _rows(text, "nisba.tsv"):
        base = norm_key(row[0])
        if base in _NOT_PEOPLE:
            continue
        for ending in ("ين", "ون"):
            yield GazetteerEntry("ال" + base + ending, NORP, None, 0.8)


def read_lexicon(name: str) -> str:
    """The text of one packaged lexicon file (`triggers.tsv`, `world_people.tsv`, ...)."""
    return resources.files("annotate").joinpath("lexicons", name).read_text(encoding="utf-8")


@functools.cache
def default_lexicon() -> Lexicon:
    """The packaged lexicons (loaded once per process)."""
    texts = {name: read_lexicon(name) for name in _FILES}
    fingerprint = hashlib.sha256(
        b"".join(name.encode() + texts[name].encode() for name in _FILES)
    ).hexdigest()[:10]
    gazetteer: dict[str, GazetteerEntry] = {}
    # Curated entries first: they win over the generated CLDR names on the same key.
    for name in (
        "conflict_gazetteer.tsv",
        "regional_places.tsv",
        "world_places.tsv",
        "world_people.tsv",
        "world_orgs.tsv",
        "theatre_people.tsv",
        "theatre_orgs.tsv",
        "theatre_places.tsv",
        "cldr_places.tsv",
    ):
        for entry in parse_gazetteer(texts[name], name):
            gazetteer.setdefault(entry.key, entry)
    for entry in _nationality_plurals(texts["nisba.tsv"]):
        gazetteer.setdefault(entry.key, entry)
    for entry in list(gazetteer.values()):
        for old, new in _SPELLINGS:
            if old in entry.key:  # the press writes both: الديمقراطية، الديموقراطية (AFP)
                twin = entry.key.replace(old, new)
                gazetteer.setdefault(twin, replace(entry, key=twin))
    titles = {
        norm_key(r[0]): (float(r[1]), _field(r, 2, "1"))
        for _, r in _rows(texts["titles.tsv"], "titles.tsv")
    }
    heads: dict[str, tuple[SpanLabel, OrgSubtype | None, float]] = {}
    for _, r in _rows(texts["org_heads.tsv"], "org_heads.tsv"):
        sub = _field(r, 2)
        heads[norm_key(r[0])] = (
            parse_span_label(r[1].strip()),
            OrgSubtype(sub) if sub != "-" else None,
            float(r[3]),
        )
    value_words = {
        norm_key(r[0]): (r[1].strip(), _field(r, 2))
        for _, r in _rows(texts["value_words.tsv"], "value_words.tsv")
    }
    months: dict[str, tuple[int, str]] = {}
    for _, r in _rows(texts["months.tsv"], "months.tsv"):
        months.setdefault(norm_key(r[0]), (int(r[1]), r[2].strip()))
    weekdays = {norm_key(r[0]): int(r[1]) for _, r in _rows(texts["weekdays.tsv"], "weekdays.tsv")}

    def words(name: str) -> frozenset[str]:
        return frozenset(norm_key(r[0]) for _, r in _rows(texts[name], name))

    return Lexicon(
        gazetteer=gazetteer,
        triggers=_triggers(texts["triggers.tsv"]),
        titles=titles,
        heads=heads,
        nisba=_nisba_forms(texts["nisba.tsv"]),
        first_names=words("first_names.tsv"),
        stopwords=words("stopwords.tsv"),
        value_words=value_words,
        months=months,
        weekdays=weekdays,
        fingerprint=fingerprint,
    )


# Spelling variants of one word that the press uses side by side: a name listed with one is
# matched with the other too.
_SPELLINGS: Final = (("ديمقراط", "ديموقراط"), ("ديموقراط", "ديمقراط"))


def load_gazetteer_file(path: Path) -> list[GazetteerEntry]:
    """A project gazetteer TSV (same columns as the packaged ones)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(located(str(path), f"cannot read gazetteer: {error}")) from error
    return list(parse_gazetteer(text, str(path)))
