"""The `annotate` command line: parses options, chains library steps, prints, picks exit codes.

The only module that talks to the terminal. Exit codes: 0 ok, 1 findings (validation
errors, stale files, unresolved conflicts), 2 could not run (bad options, AnnotateError).
Errors go to stderr as `Error: <where>: <what>; <how to fix>`, reports to stdout.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any, ParamSpec, TypeVar

import orjson
import typer

from annotate import __version__
from annotate.errors import AnnotateError
from annotate.evaluate import Scores
from annotate.schema_files import stale_files, write_schema_files
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
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = 1,
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
        default_lexicon,
        iter_documents,
        preannotate_tasks,
        source_size,
    )
    from annotate.preannotate.lexicon import load_gazetteer_file
    from annotate.preannotate.output import TaskSummary, task_bytes

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
        tasks = preannotate_tasks(chain([first], docs), Preannotator(lexicon), jobs=jobs)

        def counted() -> Iterator[dict[str, Any]]:
            for task in tasks:
                summary.add(task)
                bar.update(job, completed=summary.text_bytes)
                yield task

        atomic_write_bytes(out, task_bytes(counted(), jsonl=jsonl or out.suffix == ".jsonl"))
    err(f"{out}: {summary}")


@app.command("evaluate")
@reports_errors
def evaluate(
    predictions: Annotated[
        Path, typer.Argument(help="Label Studio tasks with predictions (JSON list or JSONL).")
    ],
    gold: Annotated[
        Path, typer.Option(help="Folder of span-gold files, one <doc_id>.json per document.")
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
) -> None:
    """Score predictions against the gold: precision, recall and F1 per type (exact spans).

    Exit 0: scored (and every --fail-under minimum met); 1: a minimum missed; 2: bad input.
    Example: annotate evaluate tasks.json --gold tests/fixtures/seed_gold --seeds seeds
    """
    from annotate.evaluate import load_span_gold, parse_thresholds, read_predictions, score

    thresholds = parse_thresholds(fail_under) if fail_under else []
    result = score(read_predictions(predictions), load_span_gold(gold, seeds))
    if as_json:
        import orjson

        typer.echo(orjson.dumps(result.to_json(), option=orjson.OPT_INDENT_2).decode())
    else:
        _print_scores(result)
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
            table.add_row(
                label,
                str(c.tp + c.fn),
                str(c.tp + c.fp),
                str(c.tp),
                str(c.fp),
                str(c.fn),
                f"{c.precision:.3f}",
                f"{c.recall:.3f}",
                f"{c.f1:.3f}",
                end_section=i == len(rows) - 2,
            )
        console.print(table)
    if result.missing:
        console.print(f"no prediction for: {', '.join(result.missing)} (scored as empty)")
    if result.extra:
        console.print(f"not in the gold, ignored: {', '.join(result.extra)}")
