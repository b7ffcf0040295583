"""A word the gazetteer knows only as another spelling of a small town ("Sidi", a spelling of India's Sidhi) opens a
person's name after "de" as the given name it is, not as a place the name would come from: "en présence de Sidi
Mohamed Salem" names Sidi Mohamed Salem. A town by its own name after a role's link still opens no name.

Every brief and every person here is invented for the test.
"""

import briefparse

_OPENING = (
    "Le ministre des Affaires étrangères, Jean Dupont, a reçu lundi à Nouakchott l'ambassadeur du Mali, Paul Martin.\n"
)


def test_a_given_name_spelled_like_a_town_after_de_stays_in_the_name() -> None:
    brief = briefparse.parse(
        _OPENING + "La rencontre s'est déroulée en présence de Sidi Mohamed Salem, conseiller du ministre.\n"
    )
    assert [p.name for p in brief.participants] == ["Jean Dupont", "Paul Martin", "Sidi Mohamed Salem"]


def test_a_listed_envoy_keeps_the_given_name() -> None:
    brief = briefparse.parse(
        "Le président Jean Dupont a reçu mardi les copies figurées des lettres de créance de Karl Berg de la Suède "
        "et de Sidi Cheikh Ould Ahmed Baba de la Mauritanie.\n"
    )
    assert "Sidi Cheikh Ould Ahmed Baba" in [p.name for p in brief.participants]


def test_a_town_by_its_own_name_after_a_role_link_opens_no_name() -> None:
    brief = briefparse.parse("Le maire de Kaolack Paul Martin a reçu lundi l'ambassadeur du Mali, Marc Petit.\n")
    assert [p.name for p in brief.participants] == ["Paul Martin", "Marc Petit"]
