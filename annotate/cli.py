"""The `annotate` command line: parses options, chains library steps, prints, picks exit codes.

The only module that talks to the terminal. Exit codes: 0 ok, 1 findings (validation
errors, stale files, unresolved conflicts), 2 could not run (bad options, AnnotateError).
Errors go to stderr as `Error: <where>: <what>; <how to fix>`, reports to stdout.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer

from annotate import __version__
from annotate.errors import AnnotateError
from annotate.schema_files import stale_files, write_schema_files
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
    import orjson

    from annotate.validate import known_hashes_from_tasks, validate_exports

    known = known_hashes_from_tasks(tasks) if tasks is not None else None
    report = validate_exports(exports, overlap=overlap, known_hashes=known)
    if as_json:
        typer.echo(orjson.dumps(report.to_json(), option=orjson.OPT_INDENT_2).decode())
    else:
        typer.echo(render_text(report))
    if report.has_errors or (strict and report.has_warnings):
        raise typer.Exit(code=1)
