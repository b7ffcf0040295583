"""Source: the register knows the Deutsch-tschechische Presseagentur (DTPA), so its dateline credit, with a
writer's initials after a slash, names a dispatch's source as other agencies' do.

Every brief here is invented for the test.
"""

import briefparse
from briefparse.agencies import find_agencies


def test_a_dtpa_dateline_is_the_source() -> None:
    text = (
        "03.05.2011\n"
        "Oberbürgermeister empfing Diplomaten\n"
        "(DTPA/JO) VALDSTADT: Zu einem Empfang hat Oberbürgermeister Jan Orlik die in Valdstadt ansässigen "
        "Konsuln eingeladen. Orlik informierte über die Vorbereitungen des Stadtfestes.\n"
    )
    source = briefparse.parse(text).source
    assert source is not None and source.name == "DTPA"


def test_the_register_names_dtpa_in_full() -> None:
    assert find_agencies("DTPA")[0].canonical == "Deutsch-tschechische Presseagentur"
