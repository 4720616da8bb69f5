"""The `annotate` command line: parses options, chains library steps, prints, picks exit codes.

The only module that talks to the terminal. Exit codes: 0 ok, 1 findings (validation
errors, stale files, unresolved conflicts), 2 could not run (bad options, AnnotateError).
Errors go to stderr as `Error: <where>: <what>; <how to fix>`, reports to stdout.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import orjson
import typer

from annotate import __version__
from annotate.attribute_scores import AttributeScore
from annotate.errors import AnnotateError
from annotate.evaluate import Counts, Scores
from annotate.schema_files import stale_files, write_schema_files
from annotate.score_bands import ScoreBands
from annotate.validate import known_hashes_from_tasks, validate_exports
from annotate.validation.render import render_text

P = ParamSpec("P")
R = TypeVar("R")

app = typer.Typer(
    name="annotate",
    help="Curate Arabic event and entity gold corpora with Label Studio.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
schema_app = typer.Typer(
    help="The schema's generated files (Label Studio config, JSON Schema, guidelines).",
    no_args_is_help=True,
)
app.add_typer(schema_app, name="schema")


def err(message: str) -> None:
    """One line to stderr."""
    typer.echo(message, err=True)


def reports_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn an AnnotateError into `Error: <message>` on stderr and its exit code."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except AnnotateError as error:
            err(f"Error: {error}")
            raise typer.Exit(code=error.exit_code) from error

    return wrapper


def _version(value: bool) -> None:
    if value:
        typer.echo(f"annotate {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Curate Arabic event and entity gold corpora with Label Studio."""


@schema_app.command("export")
@reports_errors
def schema_export(
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for the generated files.")
    ] = Path("schemas"),
    check: Annotated[
        bool, typer.Option("--check", help="Write nothing; exit 1 naming each stale file.")
    ] = False,
) -> None:
    """Write the Label Studio config, the gold-record JSON Schema and the guidelines.

    Example: annotate schema export --check
    """
    if check:
        stale = stale_files(out)
        for path in stale:
            err(f"{path}: stale; run `annotate schema export --out {out}`")
        if stale:
            raise typer.Exit(code=1)
        typer.echo(f"{out}: up to date")
        return
    written = write_schema_files(out)
    for path in written:
        typer.echo(f"wrote {path}")
    if not written:
        typer.echo(f"{out}: up to date")


@app.command("validate")
@reports_errors
def validate(
    exports: Annotated[
        list[Path], typer.Argument(help="Label Studio JSON exports (snapshot or legacy layout).")
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the report as JSON (for machines).")
    ] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 on warnings too.")] = False,
    overlap: Annotated[
        int | None,
        typer.Option(min=1, help="Annotators per task in the project: flag tasks with fewer."),
    ] = None,
    tasks: Annotated[
        Path | None,
        typer.Option(help="The tasks file the tool imported: check every text's hash against it."),
    ] = None,
) -> None:
    """Check Label Studio exports against the schema and the texts.

    Exit 0: no errors; 1: errors (or warnings with --strict); 2: could not read an input.
    Example: annotate validate export.json --tasks tasks.json --overlap 3
    """
    known = known_hashes_from_tasks(tasks) if tasks is not None else None
    report = validate_exports(exports, overlap=overlap, known_hashes=known)
    if as_json:
        typer.echo(orjson.dumps(report.to_json(), option=orjson.OPT_INDENT_2).decode())
    else:
        typer.echo(render_text(report))
    if report.has_errors or (strict and report.has_warnings):
        raise typer.Exit(code=1)


@app.command("preannotate")
@reports_errors
def preannotate_cmd(
    sources: Annotated[
        list[Path],
        typer.Argument(help="Folders of .txt articles, .txt files, or JSONL of {id, text}."),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Tasks file to write.")] = Path(
        "tasks.json"
    ),
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="One task per line (default when -o ends in .jsonl).")
    ] = False,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=0,
            help="Worker processes; 0: one per core for inputs of 1 MB or more, else 1.",
        ),
    ] = 0,
    gazetteer: Annotated[
        list[Path] | None,
        typer.Option(help="Extra gazetteer TSV (surface, label, subtype, prior); repeatable."),
    ] = None,
) -> None:
    """Pre-annotate articles into Label Studio tasks with predictions.

    Example: annotate preannotate seeds/ -o tasks.json
    """
    from itertools import chain

    from rich.console import Console
    from rich.progress import Progress

    from annotate.errors import InputError, located
    from annotate.jsonl import atomic_write_bytes
    from annotate.preannotate import (
        Preannotator,
        auto_jobs,
        default_lexicon,
        iter_documents,
        preannotate_encoded,
        source_size,
    )
    from annotate.preannotate.lexicon import load_gazetteer_file
    from annotate.preannotate.output import TaskSummary, frame_tasks

    lexicon = default_lexicon()
    for path in gazetteer or []:
        lexicon = lexicon.with_entries(load_gazetteer_file(path))
    docs = iter_documents(sources)
    first = next(docs, None)
    if first is None:
        raise InputError(located(" ".join(map(str, sources)), "no articles found"))
    summary = TaskSummary()
    total = source_size(sources)
    with Progress(console=Console(stderr=True), transient=True, disable=total < 5_000_000) as bar:
        job = bar.add_task("pre-annotating", total=total or None)
        workers = jobs or auto_jobs(total)
        shares = preannotate_encoded(chain([first], docs), Preannotator(lexicon), jobs=workers)

        def counted() -> Iterator[bytes]:
            for encoded, part in shares:
                summary.merge(part)
                bar.update(job, completed=summary.text_bytes)
                yield from encoded

        atomic_write_bytes(out, frame_tasks(counted(), jsonl=jsonl or out.suffix == ".jsonl"))
    err(f"{out}: {summary}")


@app.command("evaluate")
@reports_errors
def evaluate(
    predictions: Annotated[
        Path, typer.Argument(help="Label Studio tasks with predictions (JSON list or JSONL).")
    ],
    gold: Annotated[
        Path,
        typer.Option(
            help="Folder of span-gold files (one <doc_id>.json per document), or a released "
            "gold version: its folder (gold/v0002) or records.jsonl."
        ),
    ] = Path("tests/fixtures/seed_gold"),
    seeds: Annotated[
        Path, typer.Option(help="Folder of the .txt articles the gold was made on.")
    ] = Path("seeds"),
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the scores as JSON (for machines).")
    ] = False,
    fail_under: Annotated[
        str | None,
        typer.Option(
            "--fail-under",
            help="Exit 1 when a micro score is lower, e.g. entities.precision=0.92,triggers=0.85.",
        ),
    ] = None,
    by_score: Annotated[
        bool,
        typer.Option(
            "--by-score", help="Also the precision of entity and trigger regions per score band."
        ),
    ] = False,
) -> None:
    """Score predictions against the gold: precision, recall and F1 per type (exact spans).

    Against a released gold version it measures the pre-annotation on what the annotators
    made of it (the release's texts are used; --seeds is not needed).

    Exit 0: scored (and every --fail-under minimum met); 1: a minimum missed; 2: bad input.
    Example: annotate evaluate tasks.json --gold tests/fixtures/seed_gold --seeds seeds
    Example: annotate evaluate build/tasks.json --gold gold/v0001
    """
    from annotate.attribute_scores import attribute_scores
    from annotate.evaluate import load_span_gold, parse_thresholds, read_predictions, score
    from annotate.gold import RECORDS, load_gold
    from annotate.score_bands import score_bands

    thresholds = parse_thresholds(fail_under) if fail_under else []
    if gold.is_file() or (gold / RECORDS).is_file():
        gold_records = {r.id: r for r in load_gold(gold)}
    else:
        gold_records = load_span_gold(gold, seeds)
    predicted = read_predictions(predictions)
    result = score(predicted, gold_records)
    attributes = attribute_scores(predicted, gold_records)
    bands = score_bands(predictions, gold_records) if by_score else None
    if as_json:
        import orjson

        data = result.to_json()
        data["attributes"] = {a.name: a.to_json() for a in attributes}
        if bands is not None:
            data["by_score"] = bands.to_json()
        typer.echo(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode())
    else:
        _print_scores(result)
        _print_attribute_scores(attributes)
        if bands is not None:
            _print_score_bands(bands)
    missed = [(t, v) for t in thresholds if (v := t.check(result)) is not None]
    for t, value in missed:
        err(f"{t.layer} {t.metric} {value:.3f} is below {t.minimum:.3f}")
    if missed:
        raise typer.Exit(code=1)


def _print_scores(result: Scores) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    for name, layer in result.layers().items():
        table = Table(title=f"{name} ({len(result.documents)} documents)", title_justify="left")
        for col in ("type", "gold", "predicted", "TP", "FP", "FN", "P", "R", "F1"):
            table.add_column(col, justify="left" if col == "type" else "right")
        rows = [*layer.per_type.items(), ("micro", layer.micro)]
        for i, (label, c) in enumerate(rows):
            table.add_row(label, *_count_cells(c), f"{c.f1:.3f}", end_section=i == len(rows) - 2)
        console.print(table)
    if result.missing:
        console.print(f"no prediction for: {', '.join(result.missing)} (scored as empty)")
    if result.extra:
        console.print(f"not in the gold, ignored: {', '.join(result.extra)}")


def _count_cells(c: Counts) -> list[str]:
    """gold, predicted, TP, FP, FN, P, R."""
    return [
        str(c.tp + c.fn),
        str(c.tp + c.fp),
        str(c.tp),
        str(c.fp),
        str(c.fn),
        f"{c.precision:.3f}",
        f"{c.recall:.3f}",
    ]


def _print_attribute_scores(scores: tuple[AttributeScore, ...]) -> None:
    from rich.console import Console
    from rich.table import Table

    def ratio(value: float | None) -> str:
        return "-" if value is None else f"{value:.3f}"

    console = Console(highlight=False)
    summary = Table(title="attributes (on the events found in both)", title_justify="left")
    for col in ("attribute", "events", "accuracy", "always the default"):
        summary.add_column(col, justify="left" if col == "attribute" else "right")
    values = Table(title="attribute values other than the default", title_justify="left")
    for col in ("value", "gold", "predicted", "TP", "FP", "FN", "P", "R"):
        values.add_column(col, justify="left" if col == "value" else "right")
    for a in scores:
        summary.add_row(a.name, str(a.events), ratio(a.accuracy), ratio(a.default_accuracy))
        for value, c in a.per_value.items():
            values.add_row(f"{a.name}={value}", *_count_cells(c))
    console.print(summary)
    console.print(values)


def _print_score_bands(bands: ScoreBands) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    table = Table(title="precision per region score band", title_justify="left")
    table.add_column("score", justify="left")
    for layer in bands.bands:
        table.add_column(f"{layer}: regions", justify="right")
        table.add_column("P", justify="right")
    rows = zip(*bands.bands.values(), strict=True)
    for per_layer in rows:
        first = per_layer[0]
        cells = [f"{first.low:.1f}-{first.high:.1f}"]
        for band in per_layer:
            p = band.precision
            cells += [str(band.predicted), "-" if p is None else f"{p:.3f}"]
        table.add_row(*cells)
    console.print(table)
    if bands.unscored:
        console.print(f"regions with no score: {bands.unscored}")


# --- merge, gold versions and downstream exports (issue 7) -----------------------------

gold_app = typer.Typer(help="Released gold versions: diff, verify.", no_args_is_help=True)
app.add_typer(gold_app, name="gold")


@app.command("merge")
@reports_errors
def merge_cmd(
    exports: Annotated[list[Path], typer.Argument(help="Label Studio JSON exports.")],
    gold: Annotated[Path, typer.Option(help="Gold folder; a new version goes in it.")] = Path(
        "gold"
    ),
    threshold: Annotated[
        float,
        typer.Option(help="An answer enters the gold with more than this share of the votes."),
    ] = 0.5,
    skip_invalid: Annotated[
        bool,
        typer.Option("--skip-invalid", help="Drop annotations with errors (and list them)."),
    ] = False,
    version: Annotated[
        str | None, typer.Option(help="Version name (vNNNN); default: the next one.")
    ] = None,
    message: Annotated[str, typer.Option(help="A line for the changelog entry.")] = "",
    overlap: Annotated[
        int | None, typer.Option(min=1, help="Annotators per task: flag tasks with fewer.")
    ] = None,
    tasks: Annotated[
        Path | None, typer.Option(help="The tasks file the tool imported (text hashes).")
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="Processes merging documents (Linux).")
    ] = 1,
    adjudicated: Annotated[
        list[Path] | None,
        typer.Option(
            help="Export of an adjudication project: its annotations decide their documents."
        ),
    ] = None,
) -> None:
    """Merge validated exports into a new, immutable gold version with agreement and conflicts.

    Exit 0: released; 1: validation errors, nothing written (see --skip-invalid); 2: bad input.
    Example: annotate merge export.json --gold gold/ --message "first batch"
    """
    from annotate.release import merge_exports

    if not 0.0 <= threshold < 1.0:
        raise AnnotateError(
            f"--threshold: {threshold} is not in [0, 1); 0.5 (the default) asks for a strict majority"
        )
    known = known_hashes_from_tasks(tasks) if tasks is not None else None
    outcome = merge_exports(
        exports,
        gold,
        threshold=threshold,
        skip_invalid=skip_invalid,
        version=version,
        message=message,
        overlap=overlap,
        known_hashes=known,
        jobs=jobs,
        adjudicated=adjudicated or (),
    )
    if outcome.path is None:
        typer.echo(render_text(outcome.report))
        errors = outcome.report.summary()["errors"]
        err(
            f"Error: validation found {errors} error(s); nothing was merged (fix them in "
            "Label Studio, or pass --skip-invalid to drop the annotations that have them)"
        )
        raise typer.Exit(code=1)
    for dropped in outcome.dropped:
        err(f"dropped {dropped.describe()}")
    if outcome.dropped:
        err(f"dropped {len(outcome.dropped)} annotation(s) or task(s) with errors")
    if outcome.unchanged:
        typer.echo(f"{outcome.path}: up to date with these exports; nothing new to release")
        return
    c = outcome.counts.to_json()
    overall = outcome.agreement["overall"]
    spans = overall["spans"]

    def num(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.3f}"

    conflicts = sum(outcome.conflicts.values())
    by_kind = ", ".join(f"{k} {n}" for k, n in sorted(outcome.conflicts.items()))
    typer.echo(
        f"{outcome.path}: {c['documents']} documents ({c['adjudicated']} adjudicated), "
        f"{c['entities_total']} entities, {c['events_total']} events, "
        f"{c['arguments_total']} arguments"
    )
    typer.echo(
        f"agreement: span F1 {num(spans['exact_f1'])} exact / {num(spans['tolerant_f1'])} "
        f"tolerant / {num(spans['partial_f1'])} partial, alpha {num(spans['alpha'])}, "
        f"relation F1 {num(overall['relations']['f1'])} "
        f"({len(outcome.agreement['annotators'])} annotators)"
    )
    typer.echo(
        f"conflicts: {conflicts}"
        + (f" ({by_kind})" if by_kind else "")
        + f" in {outcome.path / 'conflicts.jsonl'}"
    )
    typer.echo(f"report: {outcome.path / 'report.html'}")


@app.command("adjudicate")
@reports_errors
def adjudicate_cmd(
    version: Annotated[str, typer.Argument(help="Gold version (vNNNN, latest) or its folder.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Tasks file to write (JSON).")],
    gold: Annotated[Path, typer.Option(help="Gold folder.")] = Path("gold"),
) -> None:
    """Turn a version's conflicts into Label Studio tasks for an adjudicator.

    One task per document with conflicts: the gold record plus the spans left out for want
    of a majority as its prediction, and the open decisions listed above the text. Push them
    to a project of their own with `annotate ls push --adjudication`; merge that project's
    export back with `annotate merge ... --adjudicated`.
    Example: annotate adjudicate latest -o adjudication.json
    """
    from annotate.adjudication import AdjudicationSummary, adjudication_tasks
    from annotate.gold import records_path
    from annotate.jsonl import atomic_write_bytes
    from annotate.preannotate.output import task_bytes

    version_dir = records_path(version, gold).parent
    summary = AdjudicationSummary()
    tasks = adjudication_tasks(version_dir, summary)
    atomic_write_bytes(out, task_bytes(tasks, jsonl=out.suffix == ".jsonl"))
    typer.echo(
        f"{out}: {summary.documents} documents to adjudicate, {summary.conflicts} open "
        f"decisions, {summary.candidates} left-out spans put back for a decision"
    )


@gold_app.command("diff")
@reports_errors
def gold_diff(
    a: Annotated[str, typer.Argument(help="Old version (v0001, latest) or records path.")],
    b: Annotated[str, typer.Argument(help="New version or records path.")],
    gold: Annotated[Path, typer.Option(help="Gold folder the versions are in.")] = Path("gold"),
) -> None:
    """List documents added, removed and changed (spans, arguments, attributes) from A to B.

    Example: annotate gold diff v0001 v0002
    """
    from annotate.gold import diff_gold

    diff = diff_gold(a, b, gold)
    for doc_id in diff.added:
        typer.echo(f"+ {doc_id}")
    for doc_id in diff.removed:
        typer.echo(f"- {doc_id}")
    for d in diff.changed:
        note = " (text changed)" if d.text_changed else ""
        typer.echo(
            f"~ {d.id}{note}: +{len(d.spans_added)} -{len(d.spans_removed)} spans, "
            f"+{len(d.arguments_added)} -{len(d.arguments_removed)} arguments, "
            f"{len(d.attributes_changed)} attribute(s) changed"
        )
        for sign, spans in (("+", d.spans_added), ("-", d.spans_removed)):
            for kind, label, start, end, surface in spans:
                typer.echo(f"    {sign} {kind} {label} [{start},{end}) {surface}")
        for sign, args in (("+", d.arguments_added), ("-", d.arguments_removed)):
            for arg in args:
                typer.echo(f"    {sign} argument {arg}")
        for change in d.attributes_changed:
            typer.echo(f"    ~ {change}")
    typer.echo(
        f"{len(diff.added)} added, {len(diff.removed)} removed, {len(diff.changed)} changed, "
        f"{diff.unchanged} unchanged"
    )


@gold_app.command("verify")
@reports_errors
def gold_verify(
    gold: Annotated[Path, typer.Argument(help="Gold folder.")] = Path("gold"),
) -> None:
    """Check every released version: file hashes, records, counts, changelog entries.

    Exit 0: all good; 1: problems found (listed).
    Example: annotate gold verify gold/
    """
    from annotate.gold import verify_gold, versions

    problems = verify_gold(gold)
    for problem in problems:
        typer.echo(problem)
    if problems:
        raise typer.Exit(code=1)
    typer.echo(f"{gold}: {len(versions(gold))} version(s) verified, every hash matches")


class ExportFormat(StrEnum):
    CONLL = "conll"
    CONLL_SPLIT = "conll-split"
    SPACY = "spacy"
    JSONL = "jsonl"


@app.command("export")
@reports_errors
def export_cmd(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="File to write.")],
    gold: Annotated[Path, typer.Option(help="Gold folder.")] = Path("gold"),
    version: Annotated[str, typer.Option(help="Version to export.")] = "latest",
) -> None:
    """Export a gold version: CoNLL BIO (word-level or clitic-split), spaCy DocBin, flat JSONL.

    Example: annotate export --format conll --gold gold/ -o gold.conll
    """
    from annotate.downstream.conll import write_conll
    from annotate.downstream.flat_jsonl import write_flat_jsonl
    from annotate.gold import load_gold, resolve_version

    path = resolve_version(gold, version)
    records = load_gold(path)
    if fmt is ExportFormat.SPACY:
        from annotate.downstream.spacy_docbin import write_docbin

        count = write_docbin(records, out)
    elif fmt is ExportFormat.JSONL:
        count = write_flat_jsonl(records, out)
    else:
        count = write_conll(records, out, split=fmt is ExportFormat.CONLL_SPLIT)
    typer.echo(f"{out}: {count} documents from {path} ({fmt.value})")


# --- Label Studio: push, pull, studio ------------------------------------------------

ls_app = typer.Typer(
    help="Push tasks to a Label Studio server and pull snapshot exports from it.",
    no_args_is_help=True,
)
app.add_typer(ls_app, name="ls")

UrlOption = Annotated[
    str | None,
    typer.Option(
        "--url", help="Label Studio URL (default: $LABEL_STUDIO_URL, else http://localhost:8080)."
    ),
]
# The key is read here or from the environment and only ever kept in memory.
ApiKeyOption = Annotated[
    str | None,
    typer.Option(
        "--api-key", help="API token (default: $LABEL_STUDIO_API_KEY).", show_default=False
    ),
]
ProjectOption = Annotated[str, typer.Option("--project", "-p", help="Project title.")]


@ls_app.command("push")
@reports_errors
def ls_push(
    tasks: Annotated[Path, typer.Argument(help="Tasks file (JSON list or JSONL).")],
    project: ProjectOption,
    overlap: Annotated[
        int, typer.Option(min=1, help="Annotators per task (the project's overlap).")
    ] = 1,
    batch_size: Annotated[
        int, typer.Option(min=1, max=1000, help="Tasks per import request.")
    ] = 500,
    adjudication: Annotated[
        bool,
        typer.Option(
            "--adjudication", help="Tasks from `annotate adjudicate`: show their open decisions."
        ),
    ] = False,
    url: UrlOption = None,
    api_key: ApiKeyOption = None,
) -> None:
    """Create or update a project from the schema's config and import the tasks it lacks.

    Re-running is safe: a task whose doc_id and text hash are on the server already is not
    imported again. Exit 1 when a document's text differs from the server's copy.
    Example: annotate ls push tasks.json --project "Arabic events" --overlap 2
    """
    from annotate.labelstudio.client import connect, push
    from annotate.labelstudio.config import labeling_config
    from annotate.labelstudio.task_files import read_tasks

    items = read_tasks(tasks)
    with connect(url, api_key) as conn:
        report = push(
            conn,
            items,
            title=project,
            config=labeling_config(adjudication=adjudication),
            overlap=overlap,
            batch_size=batch_size,
        )
    state = (
        "created"
        if report.created_project
        else "config updated"
        if report.updated_config
        else "up to date"
    )
    typer.echo(f"{conn.url}/projects/{report.project_id}: project {project!r} {state}")
    typer.echo(
        f"tasks: {report.tasks_imported} imported, {report.tasks_present} already there; "
        f"predictions: {report.predictions_added} added; the project holds "
        f"{report.server_tasks} tasks and {report.server_predictions} predictions (verified)"
    )
    for doc_id in report.changed_texts:
        err(
            f"{tasks}: doc {doc_id}: its text differs from the server's copy; not pushed "
            "(give the new text a new doc id)"
        )
    if report.changed_texts:
        raise typer.Exit(code=1)


@ls_app.command("pull")
@reports_errors
def ls_pull(
    project: ProjectOption,
    out: Annotated[Path, typer.Option("--out", "-o", help="Export file to write (JSON).")],
    url: UrlOption = None,
    api_key: ApiKeyOption = None,
) -> None:
    """Write a snapshot export: every task, full predictions, drafts, annotators' e-mails.

    Every task's text is re-hashed; exit 1 when one no longer matches its data.sha256.
    Example: annotate ls pull --project "Arabic events" -o export.json
    """
    from annotate.labelstudio.client import connect, pull

    with connect(url, api_key) as conn:
        report = pull(conn, project, out)
    typer.echo(
        f"{out}: {report.tasks} tasks, {report.annotations} annotations "
        f"({report.cancelled} skipped, {report.ground_truth} ground truth), "
        f"{report.drafts} drafts, {report.predictions} predictions"
    )
    for m in report.mismatches:
        err(f"{out}: task {m.task_id} (doc {m.doc_id}): {m.reason}")
    if report.mismatches:
        raise typer.Exit(code=1)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


@app.command("studio")
@reports_errors
def studio(
    seeds: Annotated[Path, typer.Argument(help="Folder of .txt articles to load.")] = Path("seeds"),
    data_dir: Annotated[
        Path, typer.Option(help="Label Studio's database and media (kept between runs).")
    ] = Path(".studio"),
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port on 127.0.0.1.")] = 8080,
    label_studio: Annotated[
        Path | None,
        typer.Option(help="label-studio executable (default: .ls-venv/bin, then PATH)."),
    ] = None,
    project: ProjectOption = "Arabic events (studio)",
    user: Annotated[str, typer.Option(help="Login e-mail.")] = "annotator@example.org",
) -> None:
    """Start a local Label Studio with the project, the pre-annotated articles and a user.

    Prints the address and a fresh password, then serves until Ctrl+C (or SIGTERM).
    Example: annotate studio seeds/ --port 8080
    """
    import secrets
    import signal

    from annotate.labelstudio.client import connect, push
    from annotate.labelstudio.config import labeling_config
    from annotate.labelstudio.server import LocalServer, find_executable, login_token
    from annotate.preannotate import default_preannotator
    from annotate.seeds import load_documents

    engine = default_preannotator()
    tasks = [engine.task(doc) for doc in load_documents(seeds)]
    password = secrets.token_urlsafe(9)
    server = LocalServer(
        find_executable(label_studio), data_dir, username=user, password=password, port=port
    )
    typer.echo(f"starting Label Studio on {server.url} (data in {data_dir}, log {server.log_path})")
    # `kill` (SIGTERM) stops the server like Ctrl+C: by default it would end this process
    # without the `finally` below and leave Label Studio running on its own.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.start()
        # The user exists from an earlier run (or was just created): set today's password.
        server.reset_password(user, password)
        with connect(server.url, login_token(server.url, user, password)) as conn:
            report = push(conn, tasks, title=project, config=labeling_config())
        typer.echo(
            f"project {project!r}: {report.server_tasks} tasks, "
            f"{report.server_predictions} predictions"
        )
        typer.echo(f"open {server.url}/projects/{report.project_id}/data")
        typer.echo(f"log in as {user} with password {password}")
        typer.echo("Ctrl+C stops the server")
        code = server.wait()
        raise AnnotateError(f"{server.log_path}: label-studio stopped (exit code {code})")
    except KeyboardInterrupt:
        typer.echo("stopping Label Studio")
    finally:
        server.stop()
