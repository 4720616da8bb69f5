"""A local Label Studio server: start it, wait until it answers, log a user in, stop it.

Used by `annotate studio` and by the integration tests. The server runs from its own
executable (label-studio pins clash with ours, so it lives in its own virtualenv, by
default `.ls-venv`), listens on loopback only, keeps its SQLite database and media in
`data_dir`, and writes its log to `data_dir/label-studio.log`. The first start creates
the admin user from LABEL_STUDIO_USERNAME / LABEL_STUDIO_PASSWORD / LABEL_STUDIO_USER_TOKEN;
later starts on the same data dir keep the stored user.
"""

from __future__ import annotations

import http.cookiejar
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Self

import httpx
from label_studio_sdk.client import LabelStudio
from label_studio_sdk.core.api_error import ApiError

from annotate.errors import LabelStudioError, located

LOOPBACK = "127.0.0.1"
DEFAULT_EXECUTABLE = Path(".ls-venv/bin/label-studio")
LOG_NAME = "label-studio.log"
# Measured: 27-35 s for a first start (migrations) on a shared 2-core machine.
START_TIMEOUT = 180.0


def find_executable(given: Path | None = None) -> Path:
    """The label-studio executable: `given`, else `.ls-venv/bin/label-studio`, else PATH."""
    if given is not None:
        if not given.is_file():
            raise LabelStudioError(
                located(str(given), "no such label-studio executable", "check --label-studio")
            )
        return given
    if DEFAULT_EXECUTABLE.is_file():
        return DEFAULT_EXECUTABLE
    found = shutil.which("label-studio")
    if found is None:
        raise LabelStudioError(
            "label-studio: not found in .ls-venv/bin or on PATH; install it with "
            "`python3 -m venv .ls-venv && .ls-venv/bin/pip install label-studio==1.23.2`"
        )
    return Path(found)


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        port: int = sock.getsockname()[1]
        return port


def new_token() -> str:
    """A fresh legacy API token (40 hex characters, the server's own format)."""
    return secrets.token_hex(20)


def is_healthy(url: str, timeout: float = 2.0) -> bool:
    """Whether GET /health answers 200."""
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=timeout) as resp:
            return bool(resp.status == 200)
    except (OSError, ValueError):
        return False


@dataclass
class LocalServer:
    """One label-studio process on loopback; use as a context manager or call start/stop."""

    executable: Path
    data_dir: Path
    username: str
    password: str
    token: str = field(default_factory=new_token)
    port: int = field(default_factory=free_port)
    _process: subprocess.Popen[bytes] | None = field(default=None, init=False, repr=False)
    _log: IO[bytes] | None = field(default=None, init=False, repr=False)

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.data_dir / LOG_NAME

    @property
    def pid(self) -> int | None:
        return None if self._process is None else self._process.pid

    def env(self) -> dict[str, str]:
        """The environment label-studio runs with (also for its management commands)."""
        env = dict(os.environ)
        env.update(
            LABEL_STUDIO_BASE_DATA_DIR=str(self.data_dir.resolve()),
            LABEL_STUDIO_USERNAME=self.username,
            LABEL_STUDIO_PASSWORD=self.password,
            LABEL_STUDIO_USER_TOKEN=self.token,
            # 1.23 answers 401 to every legacy token unless this is on (label_studio.md).
            LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN="true",
            # No network calls home: a version check to PyPI and analytics.
            LATEST_VERSION_CHECK="false",
            COLLECT_ANALYTICS="false",
        )
        return env

    def start(self, timeout: float = START_TIMEOUT) -> None:
        """Start the server and return once /health answers; raise LabelStudioError if not."""
        if self._process is not None:
            return
        if is_healthy(self.url, timeout=1.0):
            raise LabelStudioError(
                located(self.url, "something already answers there", "pick another port")
            )
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._log = self.log_path.open("ab")
        command = [str(self.executable), "start", "--no-browser"]
        command += ["--host", LOOPBACK, "--port", str(self.port)]
        # A session of its own, so stop() can end the server and anything it spawned.
        self._process = subprocess.Popen(
            command,
            env=self.env(),
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self._wait_healthy(timeout)

    def _wait_healthy(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                code = self._process.returncode
                self.stop()
                raise LabelStudioError(
                    located(str(self.log_path), f"label-studio exited with code {code} on start")
                )
            if is_healthy(self.url):
                return
            time.sleep(0.5)
        self.stop()
        raise LabelStudioError(
            located(self.url, f"no answer on /health after {timeout:.0f} s", f"see {self.log_path}")
        )

    def stop(self, timeout: float = 20.0) -> None:
        """Stop the server (SIGTERM to its process group, SIGKILL after `timeout`)."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
            except ProcessLookupError:
                pass
        if self._log is not None:
            self._log.close()
            self._log = None

    def wait(self) -> int:
        """Block until the server process ends; its exit code."""
        if self._process is None:
            return 0
        return self._process.wait()

    def manage(self, *args: str, timeout: float = 120.0) -> None:
        """Run a label-studio management command (e.g. reset_password) on this data dir."""
        done = subprocess.run(
            [str(self.executable), *args],
            env=self.env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
        if done.returncode != 0:
            tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
            raise LabelStudioError(
                f"label-studio {args[0]}: exit code {done.returncode}: {' '.join(tail)}"
            )

    def reset_password(self, username: str, password: str) -> None:
        """Give `username` a password: users made through the API cannot log in otherwise."""
        # `--opt=value`: a generated password may start with "-", which argparse would read
        # as an option in the two-word form.
        self.manage("reset_password", f"--username={username}", f"--password={password}")

    def add_user(self, email: str, password: str, first_name: str = "", last_name: str = "") -> str:
        """Create a user who can log in, and return their API token.

        On the Community edition a password given to the users API does not make a usable
        login (research/label_studio.md §4), so the password is set with `reset_password`.
        """
        try:
            with httpx.Client(timeout=60) as http:
                client = LabelStudio(base_url=self.url, api_key=self.token, httpx_client=http)
                client.users.create(
                    email=email, username=email, first_name=first_name, last_name=last_name
                )
        except ApiError as err:
            raise LabelStudioError(
                located(self.url, f"cannot create user {email} (HTTP {err.status_code})")
            ) from err
        except httpx.HTTPError as err:
            raise LabelStudioError(located(self.url, f"cannot create user {email}: {err}")) from err
        self.reset_password(email, password)
        return login_token(self.url, email, password)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def login_token(url: str, email: str, password: str, timeout: float = 30.0) -> str:
    """Log in through the web form and return the user's legacy API token.

    The Community edition has no API call that hands out another user's token, so a
    session login followed by GET /api/current-user/token is the way to act as a user.
    """
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    login_url = f"{url}/user/login/"
    try:
        with opener.open(login_url, timeout=timeout) as resp:
            resp.read()
        csrf = next((c.value for c in jar if c.name == "csrftoken"), "")
        form = urllib.parse.urlencode(
            {"email": email, "password": password, "csrfmiddlewaretoken": csrf}
        ).encode()
        request = urllib.request.Request(login_url, data=form, headers={"Referer": login_url})
        with opener.open(request, timeout=timeout) as resp:
            resp.read()
        with opener.open(f"{url}/api/current-user/token", timeout=timeout) as resp:
            token = json.loads(resp.read()).get("token", "")
    except urllib.error.HTTPError as err:
        raise LabelStudioError(
            located(url, f"login as {email} failed (HTTP {err.code})", "check the password")
        ) from err
    except (OSError, ValueError) as err:
        raise LabelStudioError(located(url, f"login as {email} failed: {err}")) from err
    if not isinstance(token, str) or not token:
        raise LabelStudioError(
            located(url, f"login as {email} failed", "check the e-mail and password")
        )
    return token
