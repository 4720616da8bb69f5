"""Acting as an annotator through the API, with the annotator's own token.

Drafts have no SDK call in label-studio-sdk 2.1.2, so they go through plain HTTP.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from label_studio_sdk.client import LabelStudio

Result = list[dict[str, Any]]


@contextmanager
def as_user(url: str, token: str) -> Iterator[LabelStudio]:
    with httpx.Client(timeout=60) as http:
        yield LabelStudio(base_url=url, api_key=token, httpx_client=http)


def submit(
    url: str,
    token: str,
    task_id: int,
    result: Result,
    *,
    cancelled: bool = False,
    parent_prediction: int | None = None,
    lead_time: float = 42.0,
) -> int:
    """Submit (or, with `cancelled`, skip) an annotation; its id."""
    kwargs: dict[str, Any] = {"result": result, "was_cancelled": cancelled, "lead_time": lead_time}
    if parent_prediction is not None:
        kwargs["parent_prediction"] = parent_prediction
    with as_user(url, token) as client:
        annotation = client.annotations.create(task_id, **kwargs)
    annotation_id: int = annotation.id
    return annotation_id


def save_draft(url: str, token: str, task_id: int, result: Result) -> int:
    """Save an unsubmitted draft on a task; its id."""
    response = httpx.post(
        f"{url}/api/tasks/{task_id}/drafts",
        json={"result": result, "lead_time": 7.5},
        headers={"Authorization": f"Token {token}"},
        timeout=60,
    )
    response.raise_for_status()
    draft_id: int = response.json()["id"]
    return draft_id


def without_region(result: Result, region_id: str) -> Result:
    """`result` minus one region, its per-region items and its relations."""
    return [
        item
        for item in result
        if item.get("id") != region_id and region_id not in (item.get("from_id"), item.get("to_id"))
    ]
