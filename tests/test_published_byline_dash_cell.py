"""A byline line whose date a bar sets off before and a spaced dash after ("Ana Lind | 18.06.2023 - Mise à jour :
19.06.2023"): the dash opens the next cell as a bar would, so the date is the page's publication stamp, and the
update stamp after it is not.

Every brief here is invented for the test.
"""

import briefparse

_BODY = (
    "Le ministre valdorien de l'Intérieur, Paul Marin, est arrivé dimanche soir à Porta Nova pour une visite de "
    "deux jours. Il a été accueilli par son homologue norlandais, Karl Berg."
)


def test_the_bar_and_dash_set_date_is_the_publication():
    text = f"Valdor en visite en Norlandie\n\nAna Lind  | 18.06.2023 - Mise à jour : 19.06.2023\n\n{_BODY}"
    brief = briefparse.parse(text)
    assert brief.published == "2023-06-18"
    assert brief.date == "2023-06-18"


def test_a_dash_in_a_sentence_after_a_date_sets_off_nothing():
    text = f"Valdor en visite en Norlandie\n\n{_BODY} La visite prend fin le 19.06.2023 - selon le programme."
    assert briefparse.parse(text).published is None
