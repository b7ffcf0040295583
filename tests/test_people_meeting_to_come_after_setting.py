"""A sentence whose short opening phrase names the visit ("During his visit,", "Au cours de sa visite,") and whose
main clause tells a meeting to come: after an arrival that took place, who the visitor will meet is only mentioned;
when the lead itself tells a journey to come, the meetings it announces are its own.

Every brief and every person here is invented for the test; the countries are real.
"""

import briefparse


def names(text: str) -> set[str | None]:
    return {p.name for p in briefparse.parse(text).participants}


def test_en_meeting_to_come_after_an_arrival_is_mentioned():
    found = names(
        "Chilean president lands in Nepal for state visit\n\n"
        "KATHMANDU: Orin Paskal, the president of Chile, was greeted by a guard of honour when he arrived here on "
        "Thursday for a three-day visit.\n\n"
        "President Dario Kessel received his Chilean counterpart at the airport.\n\n"
        "Chilean president to visit Nepal today\n\n"
        "During his visit, the Chilean president will meet Nepal's president and prime minister to review bilateral "
        "ties\n\n"
        "The Chilean president will also meet President Kessel and Prime Minister Tomas Brevik to discuss trade.\n"
    )
    assert {"Orin Paskal", "Dario Kessel"} <= found
    assert "Tomas Brevik" not in found


def test_fr_meetings_of_a_journey_to_come_take_part():
    found = names(
        "Le président chilien entame lundi une visite officielle en France\n\n"
        "Le président chilien, Anselme Koudrio, entame lundi une visite officielle en France. Il doit être reçu lundi "
        "matin par le président français, Lucien Ferrandel.\n"
        "Au cours de sa visite, il s'entretiendra également avec le président de l'Assemblée nationale, Gilbert "
        "Marsac, et le ministre de l'Intérieur, Paul Drouot.\n"
    )
    assert {"Anselme Koudrio", "Lucien Ferrandel", "Gilbert Marsac", "Paul Drouot"} <= found
