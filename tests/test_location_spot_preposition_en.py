"""A place the gazetteer does not know after "at" ("at Bangabhaban") is the venue of the event its sentence tells;
a country a later sentence names ("her recent trip to Japan … during the meeting") does not displace it."""

import briefparse


def test_unknown_place_after_at_beats_a_later_country():
    text = (
        "Dhaka, May 20, 2023 - Prime Minister Sheikh Farida on Saturday paid a courtesy call on President Anwar "
        "Kabir at Sundarbhaban in the evening.\n\n"
        "The president's press secretary told the agency that the prime minister discussed different state-level "
        "issues, especially her recent tri-nation trip to Japan, UK and USA during the meeting.\n"
    )
    assert briefparse.parse(text).location == "Sundarbhaban"
