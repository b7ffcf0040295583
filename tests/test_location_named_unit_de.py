"""German briefs: a territorial unit named by its noun is a place, known to the gazetteer or not.

The briefs are written for these tests (invented people, real countries).
"""

import briefparse


def _location(text: str) -> str | None:
    brief = briefparse.parse(text)
    return brief.location


def test_a_partner_district_the_gazetteer_does_not_know_is_the_place():
    place = _location(
        "Landrat Peter Moser diskutierte bei einem Besuch im Partnerlandkreis Wolkowo in Polen mit seinen Kollegen "
        "über die Zusammenarbeit der beiden Landkreise.\n"
    )
    assert place is not None and "Wolkowo" in place


def test_a_named_unit_comes_before_a_country_a_later_sentence_names():
    place = _location(
        "Landrat besucht Partnerlandkreis\n\n"
        "Eine Delegation um Landrat Peter Moser hat bei einem Besuch im Partnerlandkreis Wolkowo über die "
        "Zusammenarbeit gesprochen. Wie kann man gemeinsam die Menschen in der Ukraine unterstützen?\n"
    )
    assert place is not None and "Wolkowo" in place

