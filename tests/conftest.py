"""Shared fixtures: the golden centre of ../shared/golden and offscreen Qt."""

import os
from pathlib import Path

import pytest

# Qt must never open a window on a developer's screen or need a display in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO.parent / "shared" / "golden"


@pytest.fixture(scope="session")
def golden_dir() -> Path:
    assert GOLDEN.is_dir(), f"the golden case is expected at {GOLDEN}"
    return GOLDEN
