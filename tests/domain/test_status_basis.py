from __future__ import annotations

from datetime import date

from demo.synth import generate_patients
from domain.records import IdentityDocument
from domain.status import basis_document, proof_kinds

ON = date(2026, 11, 22)


def test_an_eaeu_family_member_rests_on_the_workers_contract_not_the_passport():
    docs = [IdentityDocument("passport", "P1", valid_until=date(2031, 1, 1)),
            IdentityDocument("marriage_certificate", "M1"),
            IdentityDocument("employment_contract", "E1", valid_until=date(2026, 12, 31))]
    assert proof_kinds("eaeu_family", ON) == ("employment_contract",)
    assert basis_document("eaeu_family", docs, ON).number == "E1"
    assert basis_document("citizen", [IdentityDocument("id_card", "K1")], ON).number == "K1"


def test_a_status_without_its_proof_rests_on_the_first_identity_document():
    docs = [IdentityDocument("employment_contract", "E1"), IdentityDocument("passport", "P1")]
    assert basis_document("refugee", docs, ON).number == "P1"


def test_demo_family_members_of_eaeu_workers_carry_the_contract_and_a_family_tie():
    family = [p for p in generate_patients(3000, seed=3, on=ON)
              if p.legal_status and p.legal_status.status == "eaeu_family"]
    assert family
    for p in family:
        assert p.legal_status.basis.kind == "employment_contract"
        kinds = {d.kind for d in p.documents}
        assert kinds & {"marriage_certificate", "birth_certificate"}
