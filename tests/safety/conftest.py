"""Fixtures of the safety tests: processes killed on purpose, a large workload file, and the
fuzz tests' workplaces."""

import csv
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from centredesk.services.context import Actor, Context
from centredesk.storage.database import open_database
from tests.conftest import DEMO_PASSWORD
from tests.databases import ON_POSTGRESQL, create_database, url_of
from tests.safety.fuzzing import Workplace, workplace

HARNESS = Path(__file__).with_name("crash_harness.py")
REPO = HARNESS.parent.parent.parent


@dataclass(frozen=True)
class Outcome:
    """How a process under the harness ended."""

    killed: bool
    code: int
    out: str
    err: str


def run_under_harness(
    db: Path, point: str, argument: str, *command: str, user: str = "admin", after: float = 0
) -> Outcome:
    """Run `centredesk --db DB --user USER COMMAND…` and kill it at `point`, or `after`
    seconds past its start when `after` is given."""
    arguments = [sys.executable, str(HARNESS), point, argument, "--"]
    arguments += ["--db", str(db), "--user", user, *command]
    env = {**os.environ, "CENTREDESK_PASSWORD": DEMO_PASSWORD, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        arguments, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout.readline().strip() == "ready"
    if after:
        try:
            process.wait(timeout=after)
        except subprocess.TimeoutExpired:
            process.kill()
    out, err = process.communicate(timeout=120)
    return Outcome(process.returncode == -9, process.returncode, out, err)


def integrity(db: Path) -> str:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]


def scalar(db: Path, query: str, *params):
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute(query, params).fetchone()[0]


@pytest.fixture(scope="module")
def fuzz_workplace(request, tmp_path_factory):
    """Builds a module's fuzz workplace from a function that fills its template (given the
    local administrator's context and a scratch folder): a file, or a server database."""

    def build(fill: Callable[[Context, Path], None]) -> Workplace:
        folder = tmp_path_factory.mktemp("fuzz")
        server = request.getfixturevalue("postgres_server") if ON_POSTGRESQL else None
        template = create_database(server, "fuzz_template") if server else folder / "template.db"
        database = open_database(url_of(template))
        fill(Context(database, Actor.local_administrator()), folder)
        database.close()
        (folder / "work").mkdir()
        place = workplace(template, folder / "work", server)
        request.addfinalizer(place.database.close)
        return place

    return build


@pytest.fixture(scope="session")
def large_workload(demo_template, tmp_path_factory) -> Path:
    """Every workload entry of the demo centre, each count one higher: about 100,000 rows."""
    path = tmp_path_factory.mktemp("large") / "workload.csv"
    query = (
        "SELECT w.day, s.staff_no, i.code, w.count + 1 FROM workload_entries w "
        "JOIN staff s ON s.id = w.staff_id JOIN items i ON i.id = w.item_id ORDER BY w.id"
    )
    with closing(sqlite3.connect(demo_template)) as connection, open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["date", "staff_no", "item_code", "count"])
        writer.writerows(connection.execute(query))
    return path
