"""The principal an envoy serves: a name right after its own title that completes the role noun of a holder named
before it ("Y, l'envoyé spécial du président X", "Y, the special envoy of President X") is whom Y serves, named in
passing, not one who takes part. Without a holder named before the role, the name may be the role's own and stays.

Every brief and every person here is invented for the test.
"""

import pytest

import briefparse

BRIEFS = {
    "fr": (
        "Tunis, 3 mars 2024 - Le président tunisien Karim Belhadj a reçu lundi Samir Haddad, l'envoyé spécial du "
        "président algérien Nadir Bensalem. Les deux hommes ont évoqué la coopération régionale.\n"
    ),
    "en": (
        "TUNIS, March 3, 2024 - Tunisian President Karim Belhadj on Monday received Samir Haddad, the special envoy "
        "of Algerian President Nadir Bensalem. The two men discussed regional cooperation.\n"
    ),
    "es": (
        "Túnez, 3 mar 2024 - El presidente tunecino Karim Belhadj recibió el lunes a Samir Haddad, enviado especial "
        "del presidente argelino Nadir Bensalem. Ambos conversaron sobre la cooperación regional.\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(BRIEFS))
def test_the_principal_of_an_envoy_named_before_is_no_participant(lang: str) -> None:
    names = [p.name for p in briefparse.parse(BRIEFS[lang]).participants]
    assert "Samir Haddad" in names
    assert "Nadir Bensalem" not in names


def test_a_counsellor_of_a_holder_named_before_names_the_principal_in_passing() -> None:
    brief = BRIEFS["fr"].replace("l'envoyé spécial du", "conseiller du")
    record = briefparse.parse(brief)
    assert "Nadir Bensalem" not in [p.name for p in record.participants]
    assert "Nadir Bensalem" in [p.name for p in record.people_mentioned]


def test_without_a_holder_before_the_role_the_name_is_the_roles_own() -> None:
    brief = (
        "Tunis, 3 mars 2024 - Le président tunisien Karim Belhadj a reçu lundi le conseiller diplomatique du "
        "Premier ministre Samir Haddad. Les deux hommes ont évoqué la coopération régionale.\n"
    )
    assert "Samir Haddad" in [p.name for p in briefparse.parse(brief).participants]


def test_the_principal_named_as_a_party_elsewhere_still_takes_part() -> None:
    brief = BRIEFS["fr"].replace(
        "Les deux hommes", "Nadir Bensalem s'est ensuite entretenu par téléphone avec Karim Belhadj. Les deux hommes"
    )
    assert "Nadir Bensalem" in [p.name for p in briefparse.parse(brief).participants]


def test_an_emissary_is_a_role_whose_principal_is_only_mentioned() -> None:
    brief = BRIEFS["fr"].replace("l'envoyé spécial du", "l’émissaire spécial du")
    record = briefparse.parse(brief)
    assert [p.role for p in record.participants if p.name == "Samir Haddad"] == [
        "émissaire spécial du président algérien Nadir Bensalem"
    ]
    assert "Nadir Bensalem" in [p.name for p in record.people_mentioned]
