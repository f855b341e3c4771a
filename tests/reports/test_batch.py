"""A month's slips as a background job: progress after each slip, and cancelling."""

import logging

from centredesk.model.months import Month
from centredesk.reports.slips import slip_file_name, write_slips
from centredesk.services.context import Actor, Context
from centredesk.storage.database import open_database
from tests.databases import url_of
from tests.reports.factories import make_breakdown

ADMINISTRATOR = Actor("admin", "administrator")


def test_the_batch_reports_each_slip_and_stops_when_cancelled(demo_db, tmp_path, caplog):
    ctx = Context(open_database(url_of(demo_db)), ADMINISTRATOR)
    seen = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 3

    with caplog.at_level(logging.INFO, logger="centredesk.reports.slips"):
        batch = write_slips(ctx, Month(2026, 11), tmp_path, progress)

    total = seen[0][1]
    assert seen == [(1, total), (2, total), (3, total)] and total >= 20
    assert batch.cancelled and batch.combined is None and batch.draft
    assert sorted(path.name for path in batch.folder.iterdir()) == [p.name for p in batch.files]
    assert f"cancelled after 3 of {total} draft slips for 2026-11" in caplog.text


def test_slip_files_are_named_by_staff_number_and_name_without_unsafe_characters():
    assert slip_file_name(make_breakdown(name="王医生")) == "D001-王医生.pdf"
    assert slip_file_name(make_breakdown(name='a/b:c*?"<>|.')) == "D001-a_b_c______.pdf"
