"""The volunteers screen as the administrator uses it on the demo centre.

Register a volunteer (a wrong check digit refused), import a file with a numeric ID cell
(refused), record training, plan an activity and accept the suggested volunteers, record
and approve hours until someone reaches a star, write their certificate, read the statistics.
"""

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader

from centredesk.model.months import Month
from tests.databases import query
from tests.files.factories import csv_file, xlsx_file
from tests.model.volunteer_factories import id_number, wrong_check
from tests.ui.conftest import type_text

MONTH = Month(2026, 11)
BORN = date(1961, 7, 15)


@pytest.fixture
def screen(open_main_window, demo_db):
    window = open_main_window(demo_db)
    window.session.set_month(MONTH)
    return window.show_screen("volunteers")


def _tab(screen, tab):
    screen.setCurrentWidget(tab)
    return tab


# --- register -------------------------------------------------------------------------------


def test_register_a_volunteer_a_wrong_check_digit_and_a_second_registration_refused(
    screen, demo_db
):
    register = _tab(screen, screen.register_tab)
    dialog = register.register()
    type_text(dialog.name, "欧阳秀兰")
    number = id_number(BORN, "female", region="330106", order=41)

    type_text(dialog.id_number, wrong_check(number))
    assert "check digit is wrong" in dialog.id_hint.text()
    dialog.phone.setText("13588886666")
    dialog.area_boxes["帮困"].setChecked(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    assert dialog.isVisible() and "check digit is wrong" in dialog.problem_label.text()
    assert query(demo_db, "SELECT count(*) FROM volunteers WHERE name = '欧阳秀兰'") == [(0,)]
    dialog.id_number.backspace()
    type_text(dialog.id_number, number[-1])
    assert dialog.id_hint.text().startswith("Valid: born 1961-07-15")
    assert dialog.birth_date.date().toPython() == BORN
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    assert not dialog.isVisible()
    assert query(demo_db, "SELECT id_number, areas FROM volunteers WHERE name = '欧阳秀兰'") == [
        (number, "帮困")
    ]
    type_text(register.table.search, "欧阳秀兰")
    assert [v.id_number for v in register.table.visible_rows()] == [number]
    _same_name_and_phone_is_refused(screen, demo_db)


def _same_name_and_phone_is_refused(screen, demo_db):
    register = _tab(screen, screen.register_tab)
    name, phone = query(demo_db, "SELECT name, phone FROM volunteers WHERE id = 3")[0]
    dialog = register.register()

    type_text(dialog.name, name)
    type_text(dialog.id_number, id_number(BORN, order=42))
    dialog.phone.setText(phone)
    dialog.area_boxes["帮困"].setChecked(True)
    dialog.save()

    assert f"{name} (V0003) with the same name and phone" in dialog.problem_label.text()


def test_imports_a_numeric_id_cell_is_refused_an_hours_file_lands_pending(
    screen, demo_db, qtbot, tmp_path
):
    register = _tab(screen, screen.register_tab)
    header = ["姓名", "性别", "身份证号", "电话", "出生日期", "地址", "网格", "就业状况"]
    header += ["技能", "服务领域", "登记日期"]
    row = ["周建", "男", 330106196107150000, "13588886666", "1961-07-15", "", "", "退休"]
    row += ["", "帮困", "2026-01-05"]
    path = xlsx_file(tmp_path, [header, row], name="新志愿者.xlsx")
    before = query(demo_db, "SELECT count(*) FROM volunteers")

    importing = register.import_file(path)

    qtbot.waitUntil(lambda: importing.dialog is not None and importing.dialog.isVisible())
    text = "\n".join(importing.dialog.lines())
    assert ":2:身份证号: an ID number must be a text cell" in text
    assert query(demo_db, "SELECT count(*) FROM volunteers") == before
    _an_hours_file_imported_from_the_screen_lands_pending(screen, demo_db, qtbot, tmp_path)


def test_archive_one_volunteer_and_write_a_supervision_note_on_another(screen, demo_db):
    register = _tab(screen, screen.register_tab)
    register.select(5)

    register._on_archive_clicked()
    register.dialog.save()

    assert query(demo_db, "SELECT CAST(archived_on AS VARCHAR) FROM volunteers WHERE id = 5") == [
        (date.today().isoformat(),)
    ]
    assert 5 not in [v.id for v in register.table.visible_rows()]
    _a_supervision_note_shows_beside_the_volunteer(screen, demo_db)


def _a_supervision_note_shows_beside_the_volunteer(screen, demo_db):
    register = _tab(screen, screen.register_tab)
    register.select(12)

    register._on_note_clicked()
    dialog = register.dialog
    dialog.evaluation.setCurrentIndex(dialog.evaluation.findData("excellent"))
    type_text(dialog.note, "主动帮助独居老人")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    note = "SELECT evaluation, note, author FROM supervision_notes WHERE volunteer_id = 12"
    assert ("excellent", "主动帮助独居老人", "admin") in query(demo_db, note)
    assert "主动帮助独居老人" in [n.note for n in register.notes.visible_rows()]
    assert "(V0012)" in register.details.text()


# --- training and activities ----------------------------------------------------------------


def test_record_a_training_session_with_who_attended(screen, demo_db):
    training = _tab(screen, screen.training_tab)
    names = [name for (name,) in query(demo_db, "SELECT name FROM volunteers WHERE id IN (7, 8)")]
    dialog = training.add_session()

    type_text(dialog.topic, "心肺复苏实操")
    dialog.kind.setCurrentIndex(dialog.kind.findData("in_service"))
    type_text(dialog.search, names[0])
    assert [v.name for v in _shown(dialog.people_view)] == [names[0]]
    dialog.tick(names)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    saved = query(
        demo_db,
        "SELECT t.kind, count(a.id) FROM trainings t JOIN training_attendance a "
        "ON a.training_id = t.id WHERE t.topic = '心肺复苏实操' GROUP BY t.kind",
    )
    assert saved == [("in_service", 2)]
    shown = [s for s in training.table.visible_rows() if s.topic == "心肺复苏实操"]
    assert sorted(p.name for p in shown[0].attendees) == sorted(names)


def _shown(view):
    from centredesk.ui.table_model import ROW_ROLE

    model = view.model()
    return [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]


def test_plan_an_activity_and_accept_the_suggested_volunteers(screen, demo_db):
    activities = _tab(screen, screen.activities_tab)
    saturday = date.today() + timedelta(days=(5 - date.today().weekday()) % 7 + 7)
    dialog = activities.plan()
    dialog.day.setDate(dialog.day.date().fromString(saturday.isoformat(), "yyyy-MM-dd"))
    type_text(dialog.title, "重阳节敬老活动")
    dialog.area.setCurrentText("帮困")
    dialog.needed.setValue(3)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    activity = activities.table.selected_row()
    assert activity.title == "重阳节敬老活动" and activity.open_places == 3
    suggestions = activities.suggest(activity)
    suggested = suggestions.suggested()
    ticked = [s.person.id for s in suggestions.model.checked()]
    assert len(suggested) >= 3 and ticked == [s.person.id for s in suggested[:3]]
    served = [s.last_served or date.min for s in suggested]
    assert served == sorted(served), "least recently served first"
    suggestions.accept_button.click()

    signed = query(
        demo_db,
        "SELECT volunteer_id FROM activity_signups s JOIN activities a ON a.id = s.activity_id "
        "WHERE a.title = '重阳节敬老活动' ORDER BY s.id",
    )
    assert [volunteer for (volunteer,) in signed] == ticked
    assert sorted(p.id for p in activities.signed_up.visible_rows()) == sorted(ticked)
    assert activities.table.selected_row().open_places == 0


# --- hours, stars and the certificate -------------------------------------------------------


def _close_to_a_star(db) -> tuple[int, str, float]:
    """A demo volunteer a few approved hours short of the first star at the month's end."""
    rows = query(
        db,
        # Hours are stored as exact text, which PostgreSQL does not add up without a cast.
        "SELECT v.id, v.name, sum(CAST(h.hours AS NUMERIC)) FROM volunteers v "
        "JOIN service_hours h "
        "ON h.volunteer_id = v.id WHERE h.approved AND h.day <= '2026-11-30' "
        "AND v.archived_on IS NULL GROUP BY v.id, v.name "
        "HAVING sum(CAST(h.hours AS NUMERIC)) BETWEEN 90 AND 99.5 ORDER BY v.id",
    )
    return rows[0]


def test_record_and_approve_hours_to_a_star_write_the_certificate_then_correct(
    screen, demo_db, qtbot, tmp_path
):
    volunteer_id, name, hours = _close_to_a_star(demo_db)
    tab = _tab(screen, screen.hours_tab)
    qtbot.waitUntil(lambda: tab.loaded)
    dialog = tab.record()
    dialog.choose(volunteer_id)
    dialog.day.setDate(dialog.day.date().fromString("2026-11-20", "yyyy-MM-dd"))
    dialog.area.setCurrentText("帮困")
    qtbot.keyClicks(dialog.hours, str(100 - hours + 1))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    (record_id, approved), *_ = query(
        demo_db, "SELECT id, approved FROM service_hours ORDER BY id DESC LIMIT 1"
    )
    assert approved == 0
    qtbot.waitUntil(lambda: any(r.id == record_id for r in tab.table.visible_rows()))
    _select(tab, record_id)
    tab.approve_selected()
    approval = "SELECT approved, approved_by FROM service_hours WHERE id = :id"
    assert query(demo_db, approval, id=record_id) == [(1, "admin")]

    recognition = _tab(screen, screen.recognition_tab)
    qtbot.waitUntil(
        lambda: (
            _star_of(recognition, volunteer_id) is not None
            and _star_of(recognition, volunteer_id).level == 1
        )
    )
    star = _star_of(recognition, volunteer_id)
    assert star.reached_this_month and name in recognition.reached.text()

    certificate = recognition.certificate(star)
    path = tmp_path / "certificate.pdf"
    certificate.path.setText(str(path))
    certificate.save()
    qtbot.waitUntil(lambda: certificate.written is not None, timeout=15000)
    text = PdfReader(path).pages[0].extract_text()
    assert name in text and certificate.code in text and "志愿服务证明" in text
    _an_approved_record_is_corrected_by_a_new_record(screen, demo_db, qtbot, record_id)


def _select(tab, record_id):
    rows = tab.table.visible_rows()
    tab.table.view.selectRow(next(i for i, r in enumerate(rows) if r.id == record_id))


def _star_of(recognition, volunteer_id):
    return next(
        (s for s in recognition.table.visible_rows() if s.volunteer_id == volunteer_id), None
    )


def _an_approved_record_is_corrected_by_a_new_record(screen, demo_db, qtbot, record_id):
    tab = _tab(screen, screen.hours_tab)
    qtbot.waitUntil(lambda: any(r.id == record_id and r.approved for r in tab.table.visible_rows()))
    record = next(r for r in tab.table.visible_rows() if r.id == record_id)

    dialog = tab.correct(record)
    qtbot.keyClicks(dialog.hours, str(record.hours - 1))
    type_text(dialog.note, "多报一小时")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    corrections = "SELECT hours, approved, note FROM service_hours WHERE corrects_id = :id"
    [(hours, approved, note)] = query(demo_db, corrections, id=record.id)
    assert (Decimal(hours), approved, note) == (Decimal(-1), 0, "多报一小时")
    original = "SELECT hours, approved FROM service_hours WHERE id = :id"
    assert query(demo_db, original, id=record.id) == [(str(record.hours), 1)]
    qtbot.waitUntil(lambda: any(r.corrects_id == record.id for r in tab.table.visible_rows()))


def _an_hours_file_imported_from_the_screen_lands_pending(screen, demo_db, qtbot, tmp_path):
    tab = _tab(screen, screen.hours_tab)
    qtbot.waitUntil(lambda: tab.loaded)
    (number,) = query(demo_db, "SELECT id_number FROM volunteers WHERE id = 9")[0]
    path = csv_file(
        tmp_path, f"日期,身份证号,服务领域,时长,已审核\n2026-11-18,{number},帮困,2.5,否\n"
    )

    importing = tab.import_file(path)

    qtbot.waitUntil(lambda: importing.dialog is not None and importing.dialog.isVisible())
    assert "1 added" in importing.dialog.text()
    added = (
        "SELECT hours, approved FROM service_hours WHERE volunteer_id = 9 AND day = '2026-11-18'"
    )
    assert (("2.5", 0)) in query(demo_db, added)
    qtbot.waitUntil(
        lambda: any(
            r.volunteer_id == 9 and r.hours == Decimal("2.5") for r in tab.table.visible_rows()
        )
    )


# --- statistics -----------------------------------------------------------------------------


def test_the_statistics_tab_shows_what_the_command_line_prints(screen, demo_db, demo_cli, qtbot):
    stats = _tab(screen, screen.statistics_tab)
    qtbot.waitUntil(lambda: stats.result is not None and stats.result.on == date(2026, 11, 30))
    expected = json.loads(demo_cli.ok("volunteers", "stats", "--on", "2026-11-30", "--json"))

    assert stats.cards["registered"].value.text() == str(expected["registered"])
    assert stats.cards["active"].value.text() == str(expected["active"])
    assert expected["registered_share"] in stats.cards["registered"].note.text()
    shown = {o.name: str(o.hours) for o in stats.over_committed.visible_rows()}
    assert set(shown) == {o["name"] for o in expected["over_committed"]} and shown
    assert sorted(i.name for i in stats.idle.visible_rows()) == sorted(
        i["name"] for i in expected["idle"]
    )
    bars = stats.age_chart.series()[0].barSets()
    assert [bars[0].at(n) for n in range(4)] == list(expected["age_bands"]["registered"].values())


def test_the_director_sees_masked_ids_and_cannot_register(open_main_window, demo_db):
    window = open_main_window(demo_db, user="director")
    register = window.show_screen("volunteers").register_tab

    numbers = [v.id_number for v in register.table.visible_rows()]
    assert numbers and all(n[6:14] == "********" for n in numbers)
    assert not register.buttons[0].isEnabled()


def test_a_doctor_has_no_volunteers_screen(open_main_window, demo_db):
    window = open_main_window(demo_db, user="D004")

    assert "volunteers" not in window.screen_keys()
