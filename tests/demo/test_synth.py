"""The synthetic population: deterministic, valid, and as varied as a real district."""

from __future__ import annotations

import re
import types
from collections import Counter
from datetime import date

import pytest

from demo.synth import PHC_CODES, demo_organisations, generate_patients, to_latin
from domain.codes import CATEGORY_CODES, DOCUMENT_CODES, PAYER_CODES, STATUS_CODES
from domain.iin import parse_iin

ON = date(2026, 11, 22)
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
ICD = re.compile(r"^[A-Z]\d\d(\.\w{1,4})?$")


@pytest.fixture(scope="module")
def people():
    return list(generate_patients(2000, seed=1, on=ON))


def test_generator_streams():
    gen = generate_patients(10**9, seed=3, on=ON)
    assert isinstance(gen, types.GeneratorType)
    first = next(gen)
    assert first.surname and first.given_name


def test_same_seed_same_people_other_seed_other_people():
    def ids(seed):
        return [(p.iin, p.local_id, p.full_name) for p in generate_patients(300, seed=seed, on=ON)]

    assert ids(7) == ids(7)
    assert ids(7) != ids(8)


def test_iins_are_valid_unique_and_match_birth_date_and_sex(people):
    iins = [p.iin for p in people if p.iin]
    assert len(iins) == len(set(iins)) > 1800
    for p in people:
        if p.iin:
            info = parse_iin(p.iin)
            assert info.valid, p.iin
            assert (info.birth_date, info.sex) == (p.birth_date, p.sex)
        else:
            assert re.fullmatch(r"DEMO-2026-\d{6}", p.local_id)
        assert p.birth_date <= ON


def test_iins_stay_unique_when_many_share_a_birth_day():
    # a large run concentrates hundreds of people on the same day and sex
    seen = set()
    for p in generate_patients(60_000, seed=5, on=ON):
        if p.iin:
            assert p.iin not in seen
            seen.add(p.iin)


def test_every_status_and_a_citizen_majority(people):
    statuses = Counter(p.legal_status.status for p in people)
    assert set(statuses) == set(STATUS_CODES)
    assert statuses["citizen"] / len(people) > 0.75
    without_iin = {p.legal_status.status for p in people if not p.iin}
    assert "asylum_seeker" in without_iin and "citizen" not in without_iin


def test_names_in_kazakh_letters_russified_and_latin(people):
    given = {p.given_name for p in people}
    assert any(set(p.surname + p.given_name) & KAZAKH_LETTERS for p in people)
    assert {"Нұрлан", "Нурлан"} <= given or {"Әсел", "Асель"} <= given
    patronymics = [p.patronymic or "" for p in people]
    for ending in ("ұлы", "қызы", "ович", "овна"):
        assert any(x.endswith(ending) for x in patronymics), ending
    surnames = {p.surname for p in people}
    assert any(s.endswith("ова") for s in surnames) and any(s.endswith("ов") for s in surnames)
    foreigners = [p for p in people if p.citizenship not in ("KAZ", None)]
    assert foreigners and all(p.latin_surname and p.latin_given_name for p in foreigners)
    assert len({p.citizenship for p in foreigners}) >= 5
    assert to_latin("Нұрлан") == "NURLAN" and to_latin("Жанна") == "ZHANNA"
    assert to_latin("Ерлан") == "YERLAN"


def test_evidence_uses_only_codes_of_the_rulebook(people):
    cats, payers, docs = Counter(), Counter(), Counter()
    for p in people:
        cats.update(c.code for c in p.categories)
        payers.update(x.payer for x in p.payments)
        docs.update(d.kind for d in p.documents)
        for c in p.conditions:
            assert ICD.match(c.code), c.code
        for x in p.payments:
            assert re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", x.first_month) and x.first_month <= x.last_month
            if x.payer == "esp":
                assert "2019-01" <= x.first_month and x.last_month <= "2023-12"
        assert p.attached_org in (None, *PHC_CODES)
    assert "child" not in cats  # derived from the birth date, never stored
    assert set(cats) <= set(CATEGORY_CODES) and {"pensioner", "student_fulltime", "disabled",
                                                 "kandas_nonworking"} <= set(cats)
    assert set(payers) == set(PAYER_CODES)
    assert set(docs) <= set(DOCUMENT_CODES)


def test_expired_documents_fund_checks_of_various_ages_and_health(people):
    expired = [d for p in people for d in p.documents if d.valid_until and d.valid_until < ON]
    valid = [d for p in people for d in p.documents if d.valid_until and d.valid_until >= ON]
    assert expired and len(valid) > len(expired)
    ages = {(ON - f.checked_at.date()).days for p in people for f in p.fund_checks}
    assert min(ages) <= 1 and max(ages) > 30
    codes = {c.code for p in people for c in p.conditions}
    assert {"I10", "E11"} <= codes
    assert any(c.dispensary for p in people for c in p.conditions)
    assert any(c.code == "I21.0" and c.since for p in people for c in p.conditions) or \
        any(c.code == "I63.9" and c.since for p in people for c in p.conditions)
    assert any(p.pregnant and p.sex == "F" for p in people)
    assert not any(p.pregnant and p.sex == "M" for p in people)
    eaeu = [p for p in people if p.legal_status.status in ("eaeu_worker", "eaeu_family")]
    assert any(p.vhi_until for p in eaeu)
    kandas = [p for p in people if p.legal_status.status == "kandas"]
    assert kandas and all(p.legal_status.kandas_since for p in kandas)
    assert all(p.phone is None or re.fullmatch(r"\+7 7\d\d \d{3} \d\d \d\d", p.phone) for p in people)


def test_organisations_have_the_clinic_itself_and_targets():
    orgs = demo_organisations()
    selves = [o for o in orgs if o.is_self]
    assert len(selves) == 1 and selves[0].code == "SELF" and selves[0].bin and selves[0].address
    kinds = {o.kind for o in orgs}
    assert {"phc", "hospital", "diagnostic", "dental", "rehabilitation"} <= kinds
    assert set(PHC_CODES) <= {o.code for o in orgs}
    assert len({o.code for o in orgs}) == len(orgs)
