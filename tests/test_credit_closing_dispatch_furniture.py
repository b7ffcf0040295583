"""An agency's credit in brackets closing the dispatch's one paragraph ("… Marc Dupin. (APS)") signs the dispatch,
not a photo's caption, when all that stands below it is the page's furniture ("Articles similaires", "Partager"):
the people of the paragraph still take part in its event. A caption over a story that goes on keeps its credit.

Every brief here is invented for the test.
"""

import pytest

import briefparse

_DISPATCH = (
    "Le ministre des Affaires étrangères, Paul Marin, en visite en Lorénie, a été reçu, lundi, par le chef du "
    "Gouvernement lorénien, Jean Obame, indique un communiqué du ministère des Affaires étrangères. Lors de "
    "l’audience, les deux parties ont exprimé «leur satisfaction quant à la qualité des relations bilatérales». "
    "Plus tôt dans la matinée, le ministre des Affaires étrangères s’était entretenu avec son homologue lorénien, "
    "Marc Dupin. (APS)"
)


@pytest.mark.parametrize("furniture", ["", "\n\nArticles similaires", "\n\nPartager\n\nCommentaires"])
def test_a_closing_credit_with_only_furniture_below_signs_the_dispatch(furniture: str) -> None:
    brief = briefparse.parse(_DISPATCH + furniture, language="fr")
    assert [p.name for p in brief.participants][:2] == ["Paul Marin", "Jean Obame"]


def test_a_credited_caption_over_a_story_that_goes_on_stays_a_caption() -> None:
    text = (
        "Le roi recevant l'ambassadeur de Lorénie, Marc Dupin, jeudi 26 février 2026. (MAP)\n\n"
        "Le roi a reçu, jeudi au Palais royal de Rabat, plusieurs ambassadeurs étrangers venus présenter leurs "
        "lettres de créance.\n\nL'audience s'est déroulée en présence du ministre des Affaires étrangères, "
        "Karim Alaoui."
    )
    brief = briefparse.parse(text, language="fr")
    assert not brief.summary_points[0].startswith("Le roi recevant")
