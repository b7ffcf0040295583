"""A German page's update stamp "Letzte Aktualisierung: <date>" dates the page, also where the copy runs the lead
paragraph on after it on the same line; its label names no person.

Every brief here is invented for the test.
"""

import briefparse

_TEXT = (
    "Premierminister Solberg in Norburg\n\n"
    "Letzte Aktualisierung: 14.06.2015 // Am Abend des 13. Juni empfing Kanzlerin Anna Marin die Regierungschefs "
    "der Nordseeländer und der Mitgliedsstaaten des Nordseerates zum Nordseegipfel in der Hansestadt Norburg. "
    "Seit Mitte des vergangenen Jahres hat Valdoria den Vorsitz des Rates für ein Jahr inne. Auch Valdorias "
    "Premierminister Erik Solberg nahm am Gipfeltreffen vom 13. bis 14. Juni teil. Eines der großen Themen des "
    "Gipfels war die Sicherheit der Energieversorgung der Nordseeländer.\n"
)


def test_an_update_stamp_running_into_the_lead_is_the_publication_date() -> None:
    assert briefparse.parse(_TEXT).published == "2015-06-14"


def test_the_update_stamp_names_no_person() -> None:
    brief = briefparse.parse(_TEXT)
    names = [p.name for p in brief.participants] + [p.name for p in brief.people_mentioned]
    assert "Letzte Aktualisierung" not in names
