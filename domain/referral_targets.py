"""Which organisations a referral for a service can be sent to, by the organisation's kind.

The kinds are those of the organisation list (`clinic`, `phc`, `hospital`, `diagnostic`,
`dental`, `rehabilitation`, `palliative`). An organisation of a kind not named here (one typed
in by hand, or from an older list) is offered for every service: the program cannot tell what
it provides, and the receptionist can.
"""

from __future__ import annotations

KNOWN_KINDS = frozenset({"clinic", "phc", "hospital", "diagnostic", "dental", "rehabilitation",
                         "palliative"})

# service code -> kinds of organisation that provide it. A consultative-diagnostic centre
# (`diagnostic`) and a hospital's consulting rooms both see specialists; a day hospital runs
# in polyclinics and hospitals; a hospital at home is run by the patient's PHC organisation.
TARGET_KINDS: dict[str, frozenset[str]] = {
    "specialist_consult": frozenset({"clinic", "diagnostic", "hospital"}),
    "diagnostics": frozenset({"diagnostic", "clinic", "hospital"}),
    "procedures": frozenset({"clinic", "phc", "diagnostic", "hospital"}),
    "day_hospital": frozenset({"clinic", "phc", "hospital"}),
    "home_hospital": frozenset({"phc", "clinic"}),
    "planned_inpatient": frozenset({"hospital"}),
    "emergency_inpatient": frozenset({"hospital"}),
    "rehabilitation": frozenset({"rehabilitation", "hospital"}),
    "palliative": frozenset({"palliative", "hospital"}),
    "dental_planned": frozenset({"dental"}),
    "dental_emergency": frozenset({"dental"}),
    "obgyn_consult": frozenset({"clinic", "phc", "hospital"}),
    "pathology": frozenset({"hospital", "diagnostic"}),
}


def provides(kind: str | None, service: str | None) -> bool:
    """Whether an organisation of `kind` can be offered as the target of a referral for
    `service`. A service without a list, or a kind the program does not know, offers it."""
    kinds = TARGET_KINDS.get(service or "")
    if kinds is None or kind not in KNOWN_KINDS:
        return True
    return kind in kinds
