"""A real Label Studio server for the integration tests, started once per session.

The server comes from `.ls-venv/bin/label-studio` (`.ci/setup` installs it). Without it
the tests skip on a developer machine but FAIL in CI (when $CI is set): in CI these tests
must run.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from annotate.labelstudio.client import Connection, connect
from annotate.labelstudio.server import LocalServer
from annotate.labelstudio.tasks import Task
from annotate.schema import Document
from tests.integration.seed_tasks import seed_documents, seed_tasks

ROOT = Path(__file__).resolve().parents[2]
EXECUTABLE = ROOT / ".ls-venv" / "bin" / "label-studio"
ADMIN = "admin@example.org"
ANNOTATORS = ("annotator1@example.org", "annotator2@example.org")


def _executable() -> Path:
    if not EXECUTABLE.is_file():
        message = f"{EXECUTABLE.relative_to(ROOT)} is missing; run .ci/setup"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return EXECUTABLE


@pytest.fixture(scope="session")
def ls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalServer]:
    """A fresh server on a free loopback port with an empty data dir."""
    server = LocalServer(
        executable=_executable(),
        data_dir=tmp_path_factory.mktemp("label-studio-data"),
        username=ADMIN,
        password=secrets.token_urlsafe(12),
    )
    with server:
        yield server


@pytest.fixture(scope="session")
def admin(ls_server: LocalServer) -> Iterator[Connection]:
    with connect(ls_server.url, ls_server.token) as conn:
        yield conn


@dataclass(frozen=True)
class Annotator:
    email: str
    password: str
    token: str


@pytest.fixture(scope="session")
def annotators(ls_server: LocalServer) -> dict[str, Annotator]:
    """Two annotators who can log in, by e-mail."""
    people = {}
    for n, email in enumerate(ANNOTATORS, start=1):
        # The first one's starts with "-", as a generated one may (once mistaken for an option).
        password = ("-" if n == 1 else "") + secrets.token_urlsafe(12)
        token = ls_server.add_user(email, password, first_name=f"Annotator {n}")
        people[email] = Annotator(email, password, token)
    return people


@pytest.fixture(scope="session")
def docs() -> list[Document]:
    return seed_documents()


@pytest.fixture(scope="session")
def tasks(docs: list[Document]) -> list[Task]:
    return seed_tasks(docs)
