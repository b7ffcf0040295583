"""A photo's caption under the photo's credit line ("© Le Courrier"), a clause of its own line with no stop, is no
part of the story: the roles it gives (an earlier meeting's) yield to those the story gives.

Every brief and every person here is invented for the test; the countries are real.
"""

import briefparse

_STORY = (
    "Ravel et Dumont se sont reparlé hier, selon une note de la présidence valdorienne. «Le président de la "
    "République, Paul Ravel, a eu, ce vendredi 31 août 2012, un entretien téléphonique avec le président de la "
    "République française, Jean Dumont». Les deux chefs d'Etat ont échangé sur la situation au Mali.\n"
)
_CAPTION = "Paris: le Président valdorien Paul Ravel reçu par son homologue Français Jean Dumont à l`Élysée\n"


def roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_a_caption_under_the_credit_line_gives_no_role():
    text = "Ravel et Dumont ont échangé\n\nPublié le samedi 1 septembre 2012 | Le Courrier du Sud\n\n© Le Courrier\n"
    found = roles(text + _CAPTION + _STORY)
    assert found["Paul Ravel"] == "président de la République"
    assert found["Jean Dumont"] == "président de la République française"
