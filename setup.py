"""Build hook: compile the hot modules with mypyc (C extensions, same source, same types).

Pre-annotation and merge spend their time in plain Python loops over strings, dicts and
tuples; mypyc turns these typed modules into C and makes them markedly faster with no second
implementation to keep in step. Everything else stays interpreted. `ANNOTATE_PURE=1` builds
without compiling (pure Python, same behaviour), e.g. on a machine without a C compiler.
A compiled module shadows its `.py`: after editing one, reinstall (`bash .ci/setup`); the
test run refuses to start on stale builds.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup

COMPILED = [
    "annotate/text.py",
    "annotate/validation/annotation.py",
    "annotate/validation/relations.py",
    "annotate/agreement.py",
    "annotate/agreement_counts.py",
    "annotate/vote.py",
    "annotate/matching.py",
    "annotate/mentions.py",
    "annotate/preannotate/labels.py",
    "annotate/preannotate/accusations.py",
    "annotate/preannotate/arguments.py",
    "annotate/preannotate/attachment.py",
    "annotate/preannotate/assemble.py",
    "annotate/preannotate/attributes.py",
    "annotate/preannotate/agreement_cues.py",
    "annotate/preannotate/clause_cues.py",
    "annotate/preannotate/construct.py",
    "annotate/preannotate/modality_cues.py",
    "annotate/preannotate/caused.py",
    "annotate/preannotate/clauses.py",
    "annotate/preannotate/doers.py",
    "annotate/preannotate/gazetteer.py",
    "annotate/preannotate/handover.py",
    "annotate/preannotate/headed.py",
    "annotate/preannotate/incidents.py",
    "annotate/preannotate/lexicon.py",
    "annotate/preannotate/name_tails.py",
    "annotate/preannotate/name_words.py",
    "annotate/preannotate/names.py",
    "annotate/preannotate/noun_speakers.py",
    "annotate/preannotate/objects.py",
    "annotate/preannotate/offices.py",
    "annotate/preannotate/phones.py",
    "annotate/preannotate/org_words.py",
    "annotate/preannotate/orgs.py",
    "annotate/preannotate/people.py",
    "annotate/preannotate/place_cues.py",
    "annotate/preannotate/facilities.py",
    "annotate/preannotate/places.py",
    "annotate/preannotate/posts.py",
    "annotate/preannotate/speakers.py",
    "annotate/preannotate/pipeline.py",
    "annotate/preannotate/entities.py",
    "annotate/preannotate/exposed.py",
    "annotate/preannotate/requested.py",
    "annotate/preannotate/resolve.py",
    "annotate/preannotate/roles_syntax.py",
    "annotate/preannotate/roles_places.py",
    "annotate/preannotate/sentence.py",
    "annotate/preannotate/sentence_roles.py",
    "annotate/preannotate/sides.py",
    "annotate/preannotate/victims.py",
    "annotate/preannotate/sentence_times.py",
    "annotate/preannotate/genre_zones.py",
    "annotate/preannotate/credit_lines.py",
    "annotate/preannotate/verb_persons.py",
    "annotate/preannotate/spans.py",
    "annotate/preannotate/subjects.py",
    "annotate/preannotate/nominal_subjects.py",
    "annotate/preannotate/talks.py",
    "annotate/preannotate/triggers.py",
    "annotate/preannotate/trigger_forms.py",
    "annotate/preannotate/trigger_senses.py",
    "annotate/preannotate/value_patterns.py",
    "annotate/preannotate/values.py",
    "annotate/preannotate/weapons.py",
    "annotate/preannotate/zones.py",
]

if os.environ.get("ANNOTATE_PURE"):
    # Builds left in the tree by an earlier compiled install would shadow the sources.
    for built in [*Path("annotate").rglob("*.so"), *Path().glob("*__mypyc.*.so")]:
        built.unlink()
    setup()
else:
    from mypyc.build import mypycify

    setup(ext_modules=mypycify(COMPILED, opt_level="3"))
