"""« constitué(e)(s) de » tells a delegation's make-up as « composé(e)(s) de » does (`makeup_verbs` lists both): the
members named after it take part, also when the sentence sets the delegation apart first (« Quant à la délégation
ghanéenne, elle était également constituée de la ministre …, X, … »).

Every brief here is invented for the test.
"""

import briefparse


def _names(text: str) -> set[str | None]:
    return {p.name for p in briefparse.parse(text).participants}


def test_members_after_constituted_take_part() -> None:
    names = _names(
        "Le président Paul Mensah s'est entretenu lundi à Berne avec ses hôtes. Quant à la délégation ghanéenne, elle "
        "était également constituée de la ministre des Finances, Ama Boateng, et du ministre du Commerce, Kofi Asante."
    )
    assert {"Paul Mensah", "Ama Boateng", "Kofi Asante"} <= names


def test_constituted_after_the_delegation_noun() -> None:
    names = _names(
        "Le ministre Paul Mensah a reçu mardi à Accra une délégation constituée de la députée Efua Mensah et du maire "
        "de Kumasi, Kojo Owusu."
    )
    assert {"Paul Mensah", "Efua Mensah", "Kojo Owusu"} <= names
