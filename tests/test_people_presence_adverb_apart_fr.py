"""Presence told with its adverb set apart by commas, in a sentence of its own after the audience ("En présence,
entre autres, du ministre …, X", "En présence, notamment, de la ministre …, Y"): those named sat in and take part,
as after "en présence du" or "en présence notamment".

Every brief here is invented for the test.
"""

import briefparse

_AUDIENCE = (
    "Le chef de l’État, Jean Morel, s'est entretenu, hier, au palais de la présidence de la République, avec "
    "l'ambassadeur du Mali, Oumar Keita. "
)


def _participants(text: str) -> set[str | None]:
    return {p.name for p in briefparse.parse(text, language="fr").participants}


def test_presence_with_entre_autres_between_commas():
    text = _AUDIENCE + "En présence, entre autres, du ministre des Affaires étrangères, Paul Ndiaye."
    assert _participants(text) == {"Jean Morel", "Oumar Keita", "Paul Ndiaye"}


def test_presence_with_notamment_between_commas():
    text = _AUDIENCE + "En présence, notamment, de la ministre de la Défense, Anna Sarr."
    assert _participants(text) == {"Jean Morel", "Oumar Keita", "Anna Sarr"}
