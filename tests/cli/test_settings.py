"""`centredesk settings`: SPEC §5.2's keys read and changed, every other key refused."""

import pytest


def test_a_setting_is_changed_and_read_back(cli):
    cli.ok("settings", "set", "daily_count_maximum", "150")

    assert cli.ok("settings", "get", "daily_count_maximum").strip() == "150"


def test_a_default_is_read_where_nothing_was_stored(cli):
    assert cli.ok("settings", "get", "star_thresholds").strip() == "100,300,600,1000,1500"


@pytest.mark.parametrize("key", ["colour", "idle_lock_minutes", "slip_secret"])
def test_keys_outside_the_spec_are_refused_and_nothing_changes(cli, key):
    code, _out, err = cli("settings", "set", key, "5")

    assert code == 2 and f"unknown setting {key!r}" in err
    assert cli("settings", "get", key)[0] == 2


def test_a_bad_value_is_refused_with_the_reason(cli):
    code, _out, err = cli("settings", "set", "star_thresholds", "300,100")

    assert code == 2 and "must rise" in err
    assert cli.ok("settings", "get", "star_thresholds").strip() == "100,300,600,1000,1500"
