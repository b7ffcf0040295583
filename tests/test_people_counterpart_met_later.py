"""The opening gives the other party only as a counterpart of a country ("… met with his Chinese counterpart on
Friday"), and a later sentence, past the first few, names the encounter's object ("… my meeting with Foreign
Minister X Y will …"): that one is the counterpart, with the opening's role.

Every brief here is invented for the test.
"""

import briefparse


def test_the_counterpart_is_the_object_of_a_later_encounter():
    brief = briefparse.parse(
        "Foreign Minister Paul Marin met with his Chinese counterpart on Friday and discussed bilateral relations.\n\n"
        "The foreign minister is in China on a two-day official visit.\n\n"
        "Marin, who is accompanied by senior officials, leads the Finnish delegation.\n\n"
        "He is scheduled to return on Saturday, a statement from the ministry said.\n\n"
        "In a video message before his departure, Marin said the trip was important.\n\n"
        "“I am hopeful that my meeting with Foreign Minister Li Wei will prove beneficial for both countries,” "
        "the foreign minister said.\n"
    )
    roles = {p.name: p.role for p in brief.participants}
    assert (roles.get("Li Wei") or "").startswith("Chinese counterpart")
    assert "Paul Marin" in roles
