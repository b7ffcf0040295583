"""A story whose one paragraph closes on its agency's credit in brackets ("… Marc Dulac. (APS)") and is followed
by nothing but page furniture ("Articles similaires") is the story signed by its agency, not a photo's caption:
its people take part.

Every brief here is invented for the test.
"""

import briefparse

_STORY = (
    "Le ministre des Affaires étrangères, Paul Vidal, en visite au Maroc, a été reçu, lundi, par le chef du "
    "Gouvernement marocain, Karim Lamrani, indique un communiqué du ministère. Lors de l’audience, les deux "
    "parties ont exprimé leur satisfaction quant à la qualité des relations bilatérales. Plus tôt dans la "
    "matinée, le ministre s'était entretenu avec son homologue marocain, Samir Tazi. (APS)"
)


def test_a_story_signed_by_its_agency_over_page_furniture_names_its_participants():
    brief = briefparse.parse(_STORY + "\n\nArticles similaires", language="fr")
    names = [p.name for p in brief.participants]
    assert "Paul Vidal" in names and "Karim Lamrani" in names

