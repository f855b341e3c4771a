"""Fixtures of the report tests: the test font of rare characters."""

from pathlib import Path

import pytest

from tests.reports.factories import write_rare_font


@pytest.fixture(scope="session")
def rare_font(tmp_path_factory) -> Path:
    """A TrueType font holding only 𠮷 and 䶮, in a folder of its own."""
    return write_rare_font(tmp_path_factory.mktemp("rare-font") / "rare.ttf")
