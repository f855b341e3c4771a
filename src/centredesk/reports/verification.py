"""Verification codes of appraisal slips (SPEC §6), and checking a code or a PDF against them.

A code is `CD-YYYYMM-STAFFNO-XXXXXXXX`: eight Crockford base32 characters (40 bits) of an
HMAC-SHA256, under the centre's secret, over the slip's figures and whether it is a draft.
Whoever holds a slip can have its figures confirmed; nobody without the secret can make a
code for figures of their own.
"""

import hashlib
import hmac
import logging
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError
from sqlalchemy.orm import Session

from centredesk.model.appraisal import ReviewRow
from centredesk.model.months import Month
from centredesk.reports.figures import line_cells, printed_figures
from centredesk.reports.labels import FIGURE_KEYS, LANGUAGES, labels
from centredesk.services.breakdown import DoctorBreakdown, find_breakdown, month_breakdowns
from centredesk.services.context import Context
from centredesk.services.errors import Refused
from centredesk.services.settings import slip_secret

log = logging.getLogger(__name__)

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# Letters a person may misread or mistype for the digits they look like (Crockford's rule).
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
CODE_PATTERN = re.compile(r"(?i:CD)-(\d{4})(\d{2})-(\S+?)-([0-9A-Za-z]{8})(?![0-9A-Za-z])")
_DOMAIN = b"centredesk slip v1\n"


@dataclass(frozen=True)
class CodeParts:
    """A verification code taken apart: the month, the staff number and the check."""

    month: Month
    staff_no: str
    check: str


@dataclass(frozen=True)
class SlipCheck:
    """One slip checked: the figures the database has for it now, and what does not match."""

    code: str
    breakdown: DoctorBreakdown
    figures: dict[str, str]
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def slip_code(secret: bytes, row: ReviewRow, draft: bool) -> str:
    """The verification code of a slip showing `row`, signed or as a draft."""
    month = row.month
    return f"CD-{month.year:04d}{month.month:02d}-{row.staff_no}-{check_of(secret, row, draft)}"


def check_of(secret: bytes, row: ReviewRow, draft: bool) -> str:
    digest = hmac.new(secret, _DOMAIN + canonical(row, draft).encode(), hashlib.sha256).digest()
    return crockford(digest[:5])


def canonical(row: ReviewRow, draft: bool) -> str:
    """The text a code signs: every figure of `review --json`, by key, and the draft flag."""
    figures = row.to_json()
    lines = [f"{key}={figures[key]}" for key in sorted(figures)]
    return "\n".join([*lines, f"draft={int(draft)}"])


def crockford(data: bytes) -> str:
    """Crockford base32 of `data`, five bits to a character (5 bytes make 8 characters)."""
    number, bits = int.from_bytes(data, "big"), len(data) * 8
    return "".join(CROCKFORD[(number >> shift) & 31] for shift in range(bits - 5, -1, -5))


def parse_code(text: str) -> CodeParts:
    """Take a code apart; Refused when it is not one."""
    match = CODE_PATTERN.fullmatch(text.strip())
    if match is None:
        raise Refused(f"{text.strip()!r} is not a verification code (CD-YYYYMM-STAFFNO-XXXXXXXX)")
    year, month, staff_no, check = match.groups()
    check = check.upper().translate(_READ_AS)
    if any(char not in CROCKFORD for char in check):
        raise Refused(f"{text.strip()!r}: the last eight characters are not a verification code")
    try:
        return CodeParts(Month(int(year), int(month)), staff_no, check)
    except ValueError as error:
        raise Refused(f"{text.strip()!r}: {error}") from None


def verify_code(ctx: Context, code: str) -> SlipCheck:
    """Check a code against the figures of its slip (stored when signed, else computed)."""
    parts = parse_code(code)
    ctx.require_staff(parts.staff_no)
    with ctx.database.transaction() as session:
        secret = slip_secret(session)
        breakdown = _breakdown_of(session, parts, {})
    check = _checked(secret, parts, breakdown, code.strip(), [])
    log.info("verified %s: %s", check.code, "match" if check.ok else "no match")
    return check


def verify_pdf(ctx: Context, path: Path) -> list[SlipCheck]:
    """Check every slip of a PDF: its code, and each printed figure against the database."""
    pages = _page_texts(path)
    found = [(number, text, _code_on(number, text)) for number, text in enumerate(pages, 1)]
    for _, _, (_, parts) in found:
        ctx.require_staff(parts.staff_no)

    checks, months = [], {}
    with ctx.database.transaction() as session:
        secret = slip_secret(session)
        for number, text, (code, parts) in found:
            breakdown = _breakdown_of(session, parts, months)
            differences = [f"page {number}: {d}" for d in compare_printed(text, breakdown)]
            checks.append(_checked(secret, parts, breakdown, code, differences))
    log.info("verified %s (%d slips): %d match", path.name, len(checks), sum(c.ok for c in checks))
    return checks


def compare_printed(text: str, breakdown: DoctorBreakdown) -> list[str]:
    """Each printed figure, and each breakdown line, that differs from the database."""
    words = _language_of(text)
    expected = printed_figures(breakdown, words)
    differences = []
    for key in FIGURE_KEYS:
        label, value = words[f"figure.{key}"], " ".join(expected[key].split())
        printed = printed_values(text, label, words=len(value.split()) or 1)
        if printed != {value}:
            shown = " / ".join(sorted(printed)) or "nothing"
            differences.append(f"{key} ({label}): slip shows {shown}, database has {value}")
    return differences + _compare_lines(text, breakdown, words)


def printed_values(text: str, label: str, words: int = 1) -> set[str]:
    """The values printed after `label` wherever it stands as a word: `words` words each."""
    value = r"\S+" + r"\s+\S+" * (words - 1)
    found = re.findall(rf"(?<!\S){re.escape(label)}\s+({value})", text)
    return {" ".join(item.split()) for item in found}


def _compare_lines(text: str, breakdown: DoctorBreakdown, words: dict[str, str]) -> list[str]:
    """Breakdown lines of the database that the slip does not show as they are."""
    expected: Counter = Counter()
    for line in breakdown.lines or ():
        name = line.name + (words["breakdown.bonus_mark"] if line.is_bonus else "")
        expected[(line.item, name, line_cells(line))] += 1

    differences = []
    for (item, name, cells), count in sorted(expected.items()):
        tokens = r"\s+".join(re.escape(token) for token in (item, *name.split()))
        pattern = rf"(?<!\S){tokens}\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)(?!\S)"
        printed = Counter(re.findall(pattern, text))
        if printed[cells] != count:
            shown = ", ".join(" × ".join(row[:3]) + " = " + row[3] for row in printed) or "nothing"
            wanted = " × ".join(cells[:3]) + " = " + cells[3]
            differences.append(
                f"breakdown {item} {name}: slip shows {shown}, database has {wanted}"
            )
    return differences


def _checked(
    secret: bytes, parts: CodeParts, breakdown: DoctorBreakdown, code: str, problems: list
) -> SlipCheck:
    problems = _code_problems(secret, parts, breakdown) + problems
    figures = printed_figures(breakdown, labels())
    return SlipCheck(code, breakdown, figures, tuple(problems))


def _code_problems(secret: bytes, parts: CodeParts, breakdown: DoctorBreakdown) -> list[str]:
    row, draft = breakdown.row, not breakdown.signed
    if hmac.compare_digest(check_of(secret, row, draft), parts.check):
        return []
    who = f"{row.staff_no} {row.name} in {row.month}"
    if hmac.compare_digest(check_of(secret, row, not draft), parts.check):
        if draft:
            return [f"this slip was signed, but {row.month} has been reopened since"]
        return [f"this is a DRAFT slip; {row.month} has been signed since: print the signed slip"]
    return [
        f"the code does not match the figures of {who}: the slip was altered, or the figures "
        "changed after it was printed"
    ]


def _breakdown_of(session: Session, parts: CodeParts, months: dict) -> DoctorBreakdown:
    if parts.month not in months:
        months[parts.month] = month_breakdowns(session, parts.month)
    return find_breakdown(months[parts.month], parts.month, parts.staff_no)


def _page_texts(path: Path) -> list[str]:
    try:
        reader = PdfReader(path)
        return [page.extract_text() or "" for page in reader.pages]
    except (OSError, PdfReadError) as error:
        raise Refused(f"{path}: not a readable PDF ({error})") from None


def _code_on(number: int, text: str) -> tuple[str, CodeParts]:
    match = CODE_PATTERN.search(text)
    if match is None:
        raise Refused(f"page {number}: no verification code found; is this a CentreDesk slip?")
    return match.group(0), parse_code(match.group(0))


def _language_of(text: str) -> dict[str, str]:
    """The labels a slip was printed with: the language whose title it shows."""
    for words in LANGUAGES.values():
        if words["title"] in text:
            return words
    return labels()
