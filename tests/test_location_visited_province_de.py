"""German: a visit through a province whose stops are towns the gazetteer does not know ("bei ihrem Besuch im Kanton
Tessin", then "nach Zollbruck", "in Oberwiler") takes the province as its place.

The brief is written for this test (invented people and towns, a real province).
"""

import briefparse


def test_a_visit_through_unknown_towns_takes_the_province_it_names() -> None:
    brief = briefparse.parse(
        "Regierung von Valdoria zu Gast\n\n"
        "Die Regierung von Valdoria besuchte gestern und heute auf Einladung des Staatsrats mehrere Gemeinden. "
        "Die Delegation wurde bei ihrem Besuch im Kanton Tessin von Staatsrat Marco Pellandini begleitet. "
        "Die Gäste reisten nach Zollbruck und besichtigten dort eine Käserei. "
        "Zum Abschluss gab es ein Mittagessen in Oberwiler.\n"
    )
    assert brief.event_type == "visit"
    assert brief.location == "Tessin"
