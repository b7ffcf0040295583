"""A list of people whose items write the role right after the name, with no comma between ("…, Paul Martin
ministre de l'agriculture, Marc Leroy ministre des mines, …"), maybe after an article or with a capital ("M. Luc
Girard Préfet du Var, …, M. Yves Roux le président du département"): each role is its own item's, never the next
name's; and the feminine forms of offices of elected members ("la députée", "la sénatrice").

Every brief here is invented for the test.
"""

import briefparse


def roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in briefparse.parse(text, reference_date="2024-05-10").participants}


DELEGATION = (
    "Le président malien Karl Testa a reçu mardi à Bamako une délégation composée de Jean Dupont, ministre des "
    "finances, Paul Martin ministre de l'agriculture, Marc Leroy ministre des mines, et Anne Petit présidente de la "
    "Chambre de commerce."
)


def test_a_role_glued_after_a_listed_name_is_that_name_s():
    found = roles(DELEGATION)
    assert found["Jean Dupont"] == "ministre des finances"
    assert found["Paul Martin"] == "ministre de l'agriculture"
    assert found["Marc Leroy"] == "ministre des mines"
    assert found["Anne Petit"] == "présidente de la Chambre de commerce"


INAUGURATION = (
    "Pour l'inauguration de la nouvelle mairie, samedi 4 mai, Paul Verdier, maire de Sainte-Aude, a accueilli M. Luc "
    "Girard Préfet du Var, la députée Mme Claire Morel, la sénatrice Mme Anne Vidal, M. Yves Roux le président du "
    "département et M. Marc Blanc vice-président de la Région."
)


def test_glued_roles_with_a_capital_or_an_article_and_roles_before_names_keep_to_their_items():
    found = roles(INAUGURATION)
    assert found["Luc Girard"] == "Préfet du Var"
    assert found["Claire Morel"] == "députée"
    assert found["Anne Vidal"] == "sénatrice"
    assert found["Yves Roux"] == "président du département"
    assert found["Marc Blanc"] == "vice-président de la Région"


def test_a_glued_role_that_ends_the_sentence_is_the_name_s():
    text = "Le président Karl Testa s'est entretenu mardi à Bamako avec Hans Weber premier ministre belge."
    assert roles(text)["Hans Weber"] == "premier ministre belge"
