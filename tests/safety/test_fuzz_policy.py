"""Hostile policy documents: a refusal naming the reason that changes nothing, or a sound
import. Never a traceback."""

import tomllib
from datetime import date, datetime

import pytest
import tomli_w
from hypothesis import assume, event, given, settings
from hypothesis import strategies as st

from centredesk.services.imports import import_file
from centredesk.services.policies import import_policy
from tests.conftest import GOLDEN_IMPORTS
from tests.safety.fuzzing import FUZZ, attempt_policy

HOSTILE_VALUES = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["", "0", "-1", "1e400", "NaN", "2025-13-01", "abc", "１", "0.0000001"]),
    st.booleans(),
    st.dates(min_value=date(1, 1, 1)),
    st.datetimes(min_value=datetime(1, 1, 1)),
    st.lists(st.sampled_from(["0.1", "x", "2025-05-01", "0.5"]), max_size=14),
    st.lists(st.integers(-5, 20), max_size=14),
    st.dictionaries(st.sampled_from(["A", "2025-03", "min_score", "x"]), st.just("1"), max_size=3),
)


@pytest.fixture(scope="module")
def golden_policy(golden_dir) -> dict:
    return tomllib.loads((golden_dir / "policy.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def place(fuzz_workplace, golden_dir):
    """The golden centre, reset before every example."""

    def fill(ctx, folder):
        import_policy(ctx, (golden_dir / "policy.toml").read_text(encoding="utf-8"))
        for kind, name in GOLDEN_IMPORTS:
            import_file(ctx, kind, golden_dir / name)

    return fuzz_workplace(fill)


def _paths(document, prefix=()):
    """Every key path of a TOML document, nested tables and arrays of tables included."""
    items = document.items() if isinstance(document, dict) else enumerate(document)
    for key, value in items:
        yield (*prefix, key)
        if isinstance(value, dict) or (
            isinstance(value, list) and value and isinstance(value[0], dict)
        ):
            yield from _paths(value, (*prefix, key))


def _mutated(document: dict, path: tuple, value, action: str) -> dict:
    copy = tomllib.loads(tomli_w.dumps(document))
    *parents, last = path
    target = copy
    for key in parents:
        target = target[key]
    if action == "delete" and isinstance(target, dict):
        del target[last]
    elif action == "unknown" and isinstance(target, dict):
        target[f"{last}_extra"] = value
    else:
        target[last] = value
    return copy


@settings(FUZZ, max_examples=150)
@given(data=st.data(), value=HOSTILE_VALUES, action=st.sampled_from(["set", "delete", "unknown"]))
def test_a_policy_with_one_hostile_value_is_refused_or_imported_soundly(
    place, golden_policy, data, value, action
):
    path = data.draw(st.sampled_from(sorted(_paths(golden_policy), key=str)))
    try:
        text = tomli_w.dumps(_mutated(golden_policy, path, value, action))
    except (TypeError, ValueError):
        assume(False)

    event(attempt_policy(place, text))


@FUZZ
@given(fraction=st.floats(0, 1), golden=st.just(None))
def test_a_truncated_policy_is_refused_or_imported_soundly(place, golden_dir, fraction, golden):
    text = (golden_dir / "policy.toml").read_text(encoding="utf-8")

    attempt_policy(place, text[: int(len(text) * fraction)])


@FUZZ
@given(
    text=st.one_of(
        st.text(max_size=400), st.binary(max_size=400).map(lambda b: b.decode("latin-1"))
    )
)
def test_random_text_is_refused_as_a_policy(place, text):
    assume(not text.strip().startswith("year"))

    assert attempt_policy(place, text) == "refused"


def test_the_golden_policy_itself_imports(place, golden_dir):
    text = (golden_dir / "policy.toml").read_text(encoding="utf-8")

    assert attempt_policy(place, text) == "imported"
