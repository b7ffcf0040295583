"""A later sentence that names the journey first, in a phrase or a clause of its own, and then tells a meeting in the
future ("Le chef de l'Etat, en visite de deux jours en Italie, s'entretiendra avec X", "during his tour …, the guest
will meet X"): X is a party to a meeting to come, not to the arrival reported (briefs written for these tests:
invented people, real places)."""

from __future__ import annotations

import briefparse


def names(text: str) -> list[str]:
    return [p.name for p in briefparse.parse(text).participants if p.name]


def test_a_visit_in_apposition_before_a_meeting_to_come_fr():
    text = (
        "Le président Karim Benslimane est arrivé ce matin à Rome, où il a été accueilli à l'aéroport par le ministre "
        "italien des Affaires étrangères, Paolo Ventresca.\n"
        "Le chef de l'Etat, en visite de deux jours en Italie, s'entretiendra avec le président du Conseil italien, "
        "Marco Albertini."
    )
    got = names(text)
    assert "Marco Albertini" not in got
    assert {"Karim Benslimane", "Paolo Ventresca"} <= set(got)


def test_a_tour_in_a_clause_before_a_meeting_to_come_en():
    text = (
        "Foreign Minister Idris Kamal arrived in Dhaka on Saturday, where he was received at the airport by Foreign "
        "Secretary Nadia Rahman.\n"
        "The government invited Kamal to visit, and during his tour from August 23 to 24, the guest will meet with "
        "Adviser Tarek Hossain."
    )
    got = names(text)
    assert "Tarek Hossain" not in got
    assert {"Idris Kamal", "Nadia Rahman"} <= set(got)


def test_a_meeting_held_after_a_visit_named_first_keeps_its_party():
    text = (
        "Foreign Minister Idris Kamal arrived in Dhaka on Saturday, where he was received at the airport by Foreign "
        "Secretary Nadia Rahman.\n"
        "During his visit, which ends on Monday, Kamal met Adviser Tarek Hossain at the State Guest House."
    )
    assert "Tarek Hossain" in names(text)
