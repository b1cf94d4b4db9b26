"""Whatever JSON arrives, `evaluate` answers or refuses with BadInput (exit 2) — never an
internal error."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.case import CASE_KEYS, PATIENT_KEYS, evaluate
from domain.messages import BadInput

scalars = st.none() | st.booleans() | st.integers(-5, 3000) | st.floats(allow_nan=False) | st.sampled_from(
    ["", "citizen", "kandas", "asylum_seeker", "phc_visit", "screening", "2026-03-01", "2026-02-30", "2026-03",
     "I10", "i21.0", "A01.2", "X", "M", "F", "esp", "self_payer", "pensioner", "child", "glaucoma", "psychologist"])
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    st.sampled_from(["code", "since", "payer", "months", "status", "x"]), inner, max_size=3), max_leaves=8)
patients = st.dictionaries(st.sampled_from((*PATIENT_KEYS, "colour")), json_values, max_size=8)
cases = st.fixed_dictionaries({"patient": patients}, optional={
    k: json_values for k in CASE_KEYS if k != "patient"})


@settings(max_examples=300, deadline=None)
@given(cases | json_values)
def test_junk_is_refused_or_answered_never_crashes(raw):
    try:
        result = evaluate(raw, today=lambda: date(2026, 3, 1))
    except BadInput as exc:
        assert exc.field and exc.message.kk and exc.message.ru
    else:
        assert isinstance(result, (dict, list))


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({"status": st.sampled_from(["citizen", "eaeu_worker", "asylum_seeker"])},
                             optional={"conditions": st.lists(json_values, max_size=3),
                                       "payments": st.fixed_dictionaries({}, optional={"payer": json_values, "months": json_values}),
                                       "birth_date": json_values, "insured": json_values}))
def test_near_valid_patients_are_refused_or_answered(patient):
    try:
        evaluate({"on": "2026-03-01", "patient": patient})
    except BadInput as exc:
        assert exc.field.startswith("patient.")
