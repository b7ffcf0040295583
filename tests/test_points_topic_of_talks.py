"""A sentence that tells what the talks covered ("Les échanges ont porté sur …", "the conversation focused on …") is
a point of the brief though it names no event word: it weighs as one that names the event.

Every brief and every person here is invented for the test.
"""

import briefparse

_FR = (
    "Le ministre valdorien des Affaires étrangères, Karl Vogt, a reçu mardi à Lanark son homologue norlandais, "
    "Paul Marin.\n\n"
    "Les deux délégations comptaient plusieurs hauts fonctionnaires des ministères concernés.\n\n"
    "Le temps était clément sur la capitale pendant toute la durée de la journée.\n\n"
    "Selon un communiqué du ministère, les échanges ont porté sur la pêche et le nouveau port du nord.\n\n"
    "Paul Marin a ensuite visité le musée de la ville en compagnie du maire."
)

_EN = (
    "Foreign Minister Lena Marsh held a telephone call with her Norland counterpart Karl Vogt on Monday.\n\n"
    "The two delegations included several senior officials of both ministries.\n\n"
    "The weather in the capital was mild for the whole of the day.\n\n"
    "According to the ministry, the conversation focused on fisheries and the new northern port.\n\n"
    "Vogt is expected to visit Valdoria in the spring of next year."
)


def test_fr_what_the_talks_covered_is_a_point() -> None:
    points = briefparse.parse(_FR, points=3).summary_points
    assert any("ont porté sur la pêche" in p for p in points)


def test_en_what_the_call_covered_is_a_point() -> None:
    points = briefparse.parse(_EN, points=3).summary_points
    assert any("focused on fisheries" in p for p in points)


def test_fr_the_lead_stays_the_event() -> None:
    points = briefparse.parse(_FR, points=3).summary_points
    assert points[0].startswith("Le ministre valdorien")
