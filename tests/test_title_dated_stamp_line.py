"""A short line over the headline that holds a full date with its year, and a place, a byline or a label, but names no
event, is the page's stamp: the headline is the line under it; a headline that gives its day in brackets stays one.

Every brief and every person here is invented for the test.
"""

import briefparse

_PLACE = (
    "Valdstadt in Norland, 14. September 2016\n\n"
    "Valdstadt in Norland begrüßte Portheimer Delegation\n\n"
    "Das vergangene Wochenende stand ganz im Zeichen der Städtepartnerschaft mit Portheim. Auf Einladung der "
    "Bürgermeisterin Anna Marin besuchte eine Portheimer Delegation mit dem Oberbürgermeister Paul Ravel die Stadt.\n"
)
_LABEL = (
    "General News of Friday, 12 March 2021\n\n"
    "Source: NNA\n\n"
    "Norland and Valdia sign accord on fisheries\n\n"
    "Port Luna, March 12, NNA- Norland and Valdia have signed an accord on fisheries between their ministries, "
    "Foreign Minister Paul Ravel said on Friday.\n"
)
_BRACKETED = (
    "samedi 18 avril 2009\n\n"
    "Le ministre accueilli (18 avril 2009)\n\n"
    "L'ambassadeur norlandais Paul Ravel a rencontré le ministre Jean Lind. Une rencontre qui a duré vingt minutes "
    "environ.\n"
)


def test_a_stamp_with_its_place_over_the_headline() -> None:
    assert briefparse.parse(_PLACE).title == "Valdstadt in Norland begrüßte Portheimer Delegation"


def test_a_stamp_with_its_label_over_the_source_line_and_the_headline() -> None:
    assert briefparse.parse(_LABEL).title == "Norland and Valdia sign accord on fisheries"


def test_a_headline_with_its_day_in_brackets_stays_the_headline() -> None:
    assert briefparse.parse(_BRACKETED).title == "Le ministre accueilli (18 avril 2009)"
