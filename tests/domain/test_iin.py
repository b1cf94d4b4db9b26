from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.iin import check_iin, control_digit, decode_birth, make_iin, parse_iin

# Vectors computed by hand from the published algorithm.
VALID = [
    ("850515300006", date(1985, 5, 15), "M"),
    ("000101500011", date(2000, 1, 1), "M"),
    ("991231400014", date(1999, 12, 31), "F"),
    ("850515300701", date(1985, 5, 15), "M"),
]


@pytest.mark.parametrize("iin,born,sex", VALID)
def test_known_valid_iins_decode(iin, born, sex):
    info = parse_iin(iin)
    assert info.valid, info.error
    assert (info.birth_date, info.sex) == (born, sex)
    assert info.as_json() == {"iin": iin, "valid": True, "birth_date": born.isoformat(),
                              "sex": sex, "error": None}


def test_second_weight_pass_is_used():
    # 8,5,0,5,1,5,3,0,0,7,0 gives 10 with weights 1..11, so weights 3..11,1,2 decide: 1.
    assert control_digit("85051530070") == 1
    assert parse_iin("850515300701").valid
    assert not parse_iin("850515300700").valid


def test_an_iin_whose_both_passes_give_ten_cannot_exist():
    assert control_digit("85051530150") is None
    for last in "0123456789":
        info = parse_iin("85051530150" + last)
        assert not info.valid and "не может существовать" in info.error.ru


@pytest.mark.parametrize(
    "text,needle_ru",
    [
        ("", "не указан"),
        ("85051530000", "ровно из 12"),
        ("8505153000061", "ровно из 12"),
        ("85051530000a", "только из цифр"),
        ("８５０５１５３０００６", "только из цифр"),  # full-width digits are not ASCII digits
        ("850515700006", "7-я цифра"),
        ("850515000006", "7-я цифра"),
        ("850230300006", "не существует"),
        ("850515300007", "Контрольный разряд"),
    ],
)
def test_invalid_iins_say_why_in_both_languages(text, needle_ru):
    info = parse_iin(text)
    assert not info.valid
    assert needle_ru in info.error.ru
    assert info.error.kk and info.error.kk != info.error.ru
    assert info.birth_date is None and info.sex is None


def test_feb_29_only_in_leap_years():
    leap = make_iin(date(2000, 2, 29), "F", 1) or make_iin(date(2000, 2, 29), "F", 2)
    assert parse_iin(leap).valid
    bad = "010229" + leap[6:]
    assert not parse_iin(bad).valid


births = st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31))


@st.composite
def valid_iins(draw):
    born = draw(births)
    sex = draw(st.sampled_from(["M", "F"]))
    serial = draw(st.integers(0, 9999))
    iin = make_iin(born, sex, serial)
    if iin is None:  # this serial has no control digit; the next one does (mod 11 != 10 twice)
        iin = make_iin(born, sex, serial + 1)
    return iin, born, sex


@given(valid_iins())
def test_every_generated_iin_is_accepted_with_its_facts(case):
    iin, born, sex = case
    info = parse_iin(iin)
    assert info.valid
    assert info.birth_date == born and info.sex == sex


@given(valid_iins(), st.integers(0, 11), st.integers(1, 9))
def test_changing_one_digit_is_caught_or_changes_the_facts(case, position, delta):
    iin, born, sex = case
    changed = iin[:position] + str((int(iin[position]) + delta) % 10) + iin[position + 1:]
    info = parse_iin(changed)
    assert (not info.valid) or (info.birth_date, info.sex, info.serial) != (
        born, sex, iin[7:11])


def test_digit_eleven_has_weight_zero_in_the_first_pass():
    # Weight 11 is 0 mod 11: a changed 11th digit escapes the checksum unless the second pass
    # applies, so the decoded serial is what tells the two numbers apart.
    a, b = parse_iin("000101500011"), parse_iin("000101500001")
    assert a.valid and b.valid and a.serial != b.serial


@given(st.one_of(valid_iins().map(lambda case: case[0]),
                 st.text(alphabet="0123456789 x٣", max_size=14)))
def test_check_iin_says_what_parse_iin_says(text):
    info, checked = parse_iin(text), check_iin(text.strip())
    assert checked == ((info.birth_date, info.sex) if info.valid else info.error)


def test_control_digit_and_birth_read_other_unicode_digits_as_their_values():
    arabic_indic = "٨٥٠٥١٥٣٠٠٠٠"  # 85051530000 in Arabic-Indic digits
    assert control_digit(arabic_indic) == control_digit("85051530000") == 6
    assert decode_birth(arabic_indic + "٦") == (date(1985, 5, 15), "M")
    with pytest.raises(ValueError):
        control_digit("8505153000")
    with pytest.raises(ValueError):
        control_digit("8505153000x")
