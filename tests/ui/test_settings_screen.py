"""Settings as the administrator changes them: typed, checked by the service, stored."""

from tests.databases import query


def _stored(db, key):
    rows = query(db, "SELECT value FROM settings WHERE key = :key", key=key)
    return rows[0][0] if rows else None


def test_changing_the_population_stores_it(open_main_window, demo_db, qtbot):
    tab = open_main_window(demo_db).show_screen("settings").centre_tab

    tab.fields["population"].setText("52000")
    tab.save_button.click()

    assert _stored(demo_db, "population") == "52000"
    assert "1 settings saved" in tab.message.text()


def test_a_negative_daily_maximum_is_refused_and_nothing_is_stored(open_main_window, demo_db):
    tab = open_main_window(demo_db).show_screen("settings").centre_tab

    tab.fields["daily_count_maximum"].setText("-5")
    tab.save_button.click()

    assert "may not be negative" in tab.message.text()
    assert _stored(demo_db, "daily_count_maximum") is None


def test_a_doctor_sees_no_settings_screen(open_main_window, demo_db):
    window = open_main_window(demo_db, user="D004")

    assert "settings" not in window.screen_keys()
