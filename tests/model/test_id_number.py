"""The GB 11643 national ID number: check digit, birth date, gender digit, masking."""

from datetime import date

import pytest

from centredesk.model import id_number as ids
from tests.model.volunteer_factories import id_number, wrong_check

# The standard's own example, its check worked by hand:
# 1·7 + 1·9 + 0·10 + 1·5 + 0·8 + 5·4 + 1·2 + 9·1 + 4·6 + 9·3 + 1·7 + 2·9 + 3·10 + 1·5
# + 0·8 + 0·4 + 2·2 = 167; 167 mod 11 = 2; the character for 2 is X.
EXAMPLE = "11010519491231002X"


def test_the_weights_are_powers_of_two_mod_11():
    assert ids.WEIGHTS == (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def test_the_standards_example_has_check_x_a_birth_date_and_a_female_digit():
    assert ids.check_character(EXAMPLE[:17]) == "X"
    assert ids.problems(EXAMPLE, date(1949, 12, 31), "female") == []
    assert ids.birth_date_of(EXAMPLE) == date(1949, 12, 31)
    assert ids.gender_of(EXAMPLE) == "female"


@pytest.mark.parametrize(
    ("born", "gender"),
    [(date(1958, 3, 9), "male"), (date(2001, 11, 30), "female"), (date(1990, 2, 28), "male")],
)
def test_numbers_made_by_the_standards_formula_pass(born, gender):
    number = id_number(born, gender)

    assert ids.problems(number, born, gender) == []


def test_a_wrong_check_digit_is_named():
    number = wrong_check(id_number(date(1975, 4, 2)))

    assert ids.problems(number, None, None) == ["the ID number's check digit is wrong"]


def test_a_birth_date_that_disagrees_with_the_record_is_named_with_both_dates():
    number = id_number(date(1960, 5, 1), "male")

    found = ids.problems(number, date(1961, 5, 1), "male")

    assert found == [
        "the ID number's birth date 1960-05-01 does not agree with the birth date 1961-05-01"
    ]


def test_the_17th_digit_odd_is_male_and_even_is_female():
    female = id_number(date(1988, 8, 8), "female")

    assert ids.problems(female, date(1988, 8, 8), "male") == [
        "the ID number's gender digit says female, not male"
    ]
    assert ids.gender_of(id_number(date(1988, 8, 8), "male")) == "male"


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("11010519491231002", "18 characters, not 17"),
        ("1101051949123100XX", "17 digits and a digit or X"),
        ("99010519491231002X", "no province"),
        ("110105194902300021", "no valid birth date"),
        ("110105189912310021", "no valid birth date"),
    ],
)
def test_malformed_numbers_say_why(number, reason):
    assert reason in ids.shape_problem(number)


def test_a_lower_case_x_and_spaces_are_normalised():
    assert ids.normalised(" 110105 19491231002x ") == EXAMPLE


def test_masking_shows_the_first_six_and_the_last_four():
    assert ids.masked(EXAMPLE) == "110105********002X"
    assert ids.masked("12345") == "*****"
