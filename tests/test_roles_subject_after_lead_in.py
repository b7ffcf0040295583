"""A participant named without a role takes the office a later sentence gives its subject, also when that sentence
opens with a lead-in set off by a comma ("Dans un communiqué, le ministre …", "Pour ce premier échange, le
président chinois et …").

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_a_role_subject_after_a_short_lead_in_fr() -> None:
    roles = _roles(
        "Lucien Moreau condamne l'attaque de Niamey\n\n"
        "Lucien Moreau a condamné jeudi l'attaque survenue la veille contre un marché de Niamey. Dans un communiqué, "
        "le ministre des Affaires étrangères qualifie cet acte de « lâche ».\n"
    )
    assert (roles.get("Lucien Moreau") or "").startswith("ministre des Affaires étrangères")


def test_a_role_subject_after_a_long_lead_in_en() -> None:
    roles = _roles(
        "Karin Holm condemns attack in Mombasa\n\n"
        "Karin Holm on Friday condemned the attack on a ferry in Mombasa that killed twelve people. In a statement "
        "released by her ministry in Stockholm late in the evening, the Foreign Minister called the attack "
        "cowardly.\n"
    )
    assert (roles.get("Karin Holm") or "").startswith("Foreign Minister")


def test_a_verb_in_the_clause_before_the_role_keeps_it_apart() -> None:
    roles = _roles(
        "Lucien Moreau a condamné jeudi l'attaque de Niamey. Il a déclaré que le ministre de l'Intérieur "
        "du Niger, qu'il a appelé, suivait la situation.\n"
    )
    assert roles.get("Lucien Moreau") is None


def test_two_named_then_a_lead_in_pointing_back_to_their_call() -> None:
    roles = _roles(
        "Paul Berg et Marc Lenoir se sont parlé au téléphone mardi.\n\n"
        "Pour ce premier échange depuis leur rencontre de mai, le président suédois a invité son interlocuteur "
        "à Stockholm.\n"
    )
    assert (roles.get("Paul Berg") or "").startswith("président suédois")
    assert roles.get("Marc Lenoir") is None
