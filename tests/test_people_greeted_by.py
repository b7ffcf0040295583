"""Those greeted on arrival ("X and his wife, Y, were greeted by senior officials at the airport", "The couple were
greeted by President Z and her husband W") take part in the encounter, as those "received by" someone do.

Every brief here is invented for the test.
"""

import briefparse


def test_a_spouse_greeted_with_the_visitor_takes_part() -> None:
    text = (
        "Lorenia rolled out the red carpet for Valdorian President Paul Marin on Monday as he started his state "
        "visit.\nMarin and his wife, Ana Lopez, were greeted by senior Lorenian officials at the airport.\n"
    )
    brief = briefparse.parse(text)
    assert brief.event_type == "visit"
    assert {p.name for p in brief.participants} >= {"Paul Marin", "Ana Lopez"}


def test_the_hosts_who_greet_the_visitor_take_part() -> None:
    text = (
        "Valdorian President Paul Marin arrived in Porta Nova on Sunday for a state visit to Lorenia.\n"
        "Marin and his wife were greeted by Lorenian President Ines Ortega and her husband Tomas Ruiz at the "
        "airport.\n"
    )
    brief = briefparse.parse(text)
    assert brief.event_type == "visit"
    assert {p.name for p in brief.participants} >= {"Paul Marin", "Ines Ortega", "Tomas Ruiz"}
