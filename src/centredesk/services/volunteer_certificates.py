"""Volunteer service certificates: written for any period, and their codes verified."""

import hmac
import logging
import os
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from centredesk.model import id_number as ids
from centredesk.model.numbers import ZERO
from centredesk.model.volunteers import hours_between, served_days, star_level
from centredesk.reports.certificate import (
    CODE_PATTERN,
    CertificatePage,
    certificate_code,
    render_certificate,
)
from centredesk.reports.fonts import default_fonts
from centredesk.services.context import ADMINISTRATOR, DIRECTOR, Context
from centredesk.services.errors import Refused
from centredesk.services.settings import setting_value, slip_secret
from centredesk.services.volunteer_common import load_hours, number_of, volunteer_row
from centredesk.services.volunteer_stats import thresholds
from centredesk.storage import tables as t

log = logging.getLogger(__name__)


def write_certificate(
    ctx: Context, volunteer_id: int, first: date, last: date, path: Path
) -> CertificatePage:
    """Write the certificate of a volunteer's approved hours from `first` to `last`."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    if last < first:
        raise Refused("the period ends before it starts")
    with ctx.database.transaction() as session:
        page = certificate_page(session, volunteer_id, first, last, date.today())
    _refuse_unprintable(page)
    _write_file(Path(path), render_certificate(page, default_fonts()))
    log.info("wrote the certificate of %s for %s..%s to %s", page.number, first, last, path)
    return page


def certificate_page(
    session: Session, volunteer_id: int, first: date, last: date, issued: date
) -> CertificatePage:
    """The certificate's figures, with its verification code."""
    row = volunteer_row(session, volunteer_id)
    cumulative = hours_between(
        served_days(load_hours(session, until=last)).get(volunteer_id, {}), date.min, last
    )
    page = CertificatePage(
        centre=setting_value(session, "centre_name"),
        number=number_of(row.id),
        name=row.name,
        masked_id=ids.masked(row.id_number),
        first=first,
        last=last,
        hours_by_area=_hours_by_area(session, volunteer_id, first, last),
        cumulative_hours=cumulative,
        level=star_level(cumulative, thresholds(session)),
        issued=issued,
    )
    code = certificate_code(slip_secret(session), page)
    return CertificatePage(**{**page.__dict__, "code": code})


def _hours_by_area(
    session: Session, volunteer_id: int, first: date, last: date
) -> tuple[tuple[str, Decimal], ...]:
    """Approved hours per area in the period, corrections included, areas above 0 only."""
    hours = t.ServiceHours
    query = select(hours.area, hours.hours).where(
        hours.volunteer_id == volunteer_id,
        hours.approved.is_(True),
        hours.day.between(first, last),
    )
    totals: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for area, amount in session.execute(query):
        totals[area] += amount
    return tuple(sorted((area, h) for area, h in totals.items() if h > ZERO))


def _refuse_unprintable(page: CertificatePage) -> None:
    fonts = default_fonts()
    missing = fonts.missing(page.name + page.centre + "".join(a for a, _ in page.hours_by_area))
    if missing:
        characters = ", ".join(f"{char} (U+{ord(char):04X})" for char in missing)
        raise Refused(
            f"the certificate of {page.number} cannot be printed: {characters} is in no font "
            "on this PC; install a font with CJK Extensions A and B and try again"
        )


def _write_file(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise Refused(f"{path}: cannot be written ({error.strerror})") from None


def verify_certificate(ctx: Context, code: str) -> tuple[CertificatePage, bool]:
    """The figures a certificate's code stands for now, and whether the code matches them."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    match = CODE_PATTERN.fullmatch(code.strip())
    if match is None:
        raise Refused(f"{code.strip()!r} is not a certificate code (CV-V0001-YYYYMMDD-YYYYMMDD-…)")
    number, first, last, _ = match.groups()
    try:
        volunteer_id = int(number[1:])
        first_day, last_day = (
            date.fromisoformat(f"{d[:4]}-{d[4:6]}-{d[6:]}") for d in (first, last)
        )
    except ValueError:
        raise Refused(f"{code.strip()!r}: no such volunteer number or dates") from None
    with ctx.database.transaction() as session:
        page = certificate_page(session, volunteer_id, first_day, last_day, date.today())
    matches = hmac.compare_digest(page.code.upper(), code.strip().upper())
    log.info("verified certificate %s: %s", page.code, "match" if matches else "no match")
    return page, matches


def default_period(ctx: Context, volunteer_id: int, until: date) -> tuple[date, date]:
    """From the start of `until`'s year, or the registration if later, to `until`."""
    ctx.require(ADMINISTRATOR, DIRECTOR)
    with ctx.database.reading() as session:
        row = volunteer_row(session, volunteer_id)
    return max(row.registered, date(until.year, 1, 1)), until
