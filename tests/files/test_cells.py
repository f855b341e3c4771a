"""Typed values from cell texts, and the reasons given for texts that are not values."""

from datetime import date
from decimal import Decimal

import pytest

from centredesk.files.cells import (
    read_count,
    read_date,
    read_decimal,
    read_employment,
    read_event_kind,
    read_gender,
    read_id_number,
    read_list,
    read_month,
    read_staff_no,
    read_yes_no,
)
from centredesk.model.months import Month


@pytest.mark.parametrize(
    "text",
    [
        "2025-03-05",
        "2025-3-5",
        "2025/03/05",
        "2025/3/5",
        "2025.3.5",
        "2025年3月5日",
        "20250305",
        "45721",
        "2025-03-05 00:00:00",
    ],
)
def test_dates_written_the_ways_people_write_them(text):
    assert read_date(text) == date(2025, 3, 5)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("3/5/2025", "not a date YYYY-MM-DD"),
        ("05.03.2025", "not a date YYYY-MM-DD"),
        ("2025-03/05", "not a date YYYY-MM-DD"),
        ("tomorrow", "not a date YYYY-MM-DD"),
        ("2025-02-30", "no such date"),
        ("45721.5", "not a date YYYY-MM-DD"),
        ("12345", "not a date YYYY-MM-DD"),
        ("2025-03-05 09:30", "not a date YYYY-MM-DD"),
    ],
)
def test_ambiguous_or_impossible_dates_are_refused(text, reason):
    with pytest.raises(ValueError, match=reason):
        read_date(text)


@pytest.mark.parametrize("text", ["2025-03", "2025-3", "2025/03", "2025年3月", "2025-03-01"])
def test_months(text):
    assert read_month(text) == Month(2025, 3)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2025-13", "no such month"),
        ("2025-03-15", "not a month YYYY-MM"),
        ("March", "not a month"),
    ],
)
def test_months_refused(text, reason):
    with pytest.raises(ValueError, match=reason):
        read_month(text)


@pytest.mark.parametrize(("text", "count"), [("0", 0), ("45", 45), ("45.0", 45), ("1,200", 1200)])
def test_counts_are_whole_numbers(text, count):
    assert read_count(text) == count


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("-3", "a count cannot be negative"),
        ("2.5", "a count must be a whole number"),
        ("many", "not a count"),
        ("Infinity", "not a count"),
    ],
)
def test_counts_refused(text, reason):
    with pytest.raises(ValueError, match=reason):
        read_count(text)


def test_decimals_are_exact():
    assert read_decimal("2.7183") == Decimal("2.7183")
    with pytest.raises(ValueError, match="not a number"):
        read_decimal("2,7.1.8")


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("yes", True),
        ("YES", True),
        ("是", True),
        ("true", True),
        ("1", True),
        ("no", False),
        ("否", False),
        ("False", False),
        ("0", False),
        ("", False),
    ],
)
def test_yes_and_no_in_english_chinese_or_as_flags(text, answer):
    assert read_yes_no(text) is answer


def test_vocabularies_take_english_or_chinese_and_give_the_english_term():
    assert [read_gender(text) for text in ("男", "女", "Male", "female")] == [
        "male",
        "female",
        "male",
        "female",
    ]
    assert [read_employment(text) for text in ("退休", "在职", "学生", "其他", "Retired")] == [
        "retired",
        "employed",
        "student",
        "other",
        "retired",
    ]
    assert [read_event_kind(text) for text in ("违规", "一票否决", "Veto")] == [
        "violation",
        "veto",
        "veto",
    ]


@pytest.mark.parametrize(
    ("read", "text", "reason"),
    [
        (read_gender, "M", "not one of male or female"),
        (read_yes_no, "maybe", "not one of yes or no"),
        (read_event_kind, "warning", "not one of violation or veto"),
    ],
)
def test_words_outside_a_vocabulary_are_refused(read, text, reason):
    with pytest.raises(ValueError, match=reason):
        read(text)


def test_list_fields_split_at_every_separator_of_the_spec():
    assert read_list("帮困、医疗服务;环保护绿；法律援助, 文体宣传,,") == (
        "帮困",
        "医疗服务",
        "环保护绿",
        "法律援助",
        "文体宣传",
    )


def test_a_whole_number_cell_is_taken_as_a_staff_number_but_a_fraction_is_not():
    assert read_staff_no("1001", numeric=True) == "1001"
    assert read_staff_no("G01.5", numeric=False) == "G01.5"
    with pytest.raises(ValueError, match="a staff number is text"):
        read_staff_no("1001.5", numeric=True)


def test_an_id_number_from_a_number_cell_is_refused_since_digits_are_lost():
    assert read_id_number("11010519491231002x", numeric=False) == "11010519491231002X"
    with pytest.raises(ValueError, match="an ID number must be a text cell"):
        read_id_number("110105194912310000", numeric=True)
