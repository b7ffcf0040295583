"""A paper's own dateline shapes: the city set off from the story's first sentence by a middle dot ("Hannover ·
Der …"), by a full stop ("Hannover. Der …"), or by nothing when the city is in capitals ("HANNOVER Der …") or an
article opens the sentence ("Hannover Der …"). A line of places alone is no dateline.

Every brief and every person here is invented for the test; the countries are invented, the cities real.
"""

import pytest

import briefparse

_STORY = (
    "Der Außenminister von Norland, Paul Marin, ist am Montag mit Bundesministerin Anna Berger zu einem Gespräch "
    "zusammengetroffen. Beide sprachen über die Zusammenarbeit der beiden Länder.\n"
)


@pytest.mark.parametrize("opening", ["Hannover · ", "Hannover. ", "Hannover ", "HANNOVER ", "HANNOVER/CELLE "])
def test_the_city_of_a_papers_dateline_is_the_place(opening):
    brief = briefparse.parse("Besuch aus Norland\n\n" + opening + _STORY)
    assert brief.location is not None and brief.location.casefold() == "hannover"


def test_the_role_after_a_dateline_in_capitals_leaves_the_city_out():
    brief = briefparse.parse("Besuch aus Norland\n\nHANNOVER " + _STORY)
    roles = {p.name: p.role for p in brief.participants}
    assert roles["Paul Marin"] == "Außenminister von Norland"


def test_a_line_of_places_is_no_dateline():
    brief = briefparse.parse("Besuch aus Norland\n\nBerlin · Hamburg · München\n\n" + _STORY)
    assert brief.location is None


def test_a_dateline_before_a_countrys_genitive_and_its_role_is_the_place():
    """A sentence may open with whose holder of a role it tells of ("Deutschlands Bundespräsident hat …"): the
    country's genitive after the city is no second place of a line of places."""
    brief = briefparse.parse(
        "Hannover. Deutschlands Außenministerin hat den Außenminister von Norland, Paul Marin, getroffen. Beide "
        "sprachen über die Zusammenarbeit der beiden Länder.\n"
    )
    assert brief.location == "Hannover"
