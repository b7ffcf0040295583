"""Location on briefs invented for these tests (fictional people, real countries): an institution's seat named by
its holder's office ("at the Office of the Prime Minister") is a venue, even after an envoy's post; and a seat the
event's sentence names ("at the President's Office") is where it was held, over a country a later sentence names."""

from __future__ import annotations

from briefparse import parse


def test_the_office_of_a_role_is_the_place() -> None:
    text = (
        "Prime Minister Ana Veiqa received a courtesy call from the new Tongan High Commissioner to Fiji at the "
        "Office of the Prime Minister yesterday.\n\n"
        "The Prime Minister congratulated High Commissioner Sione Vaka on his new role."
    )
    assert parse(text).location == "Office of the Prime Minister"


def test_a_seat_in_the_event_sentence_beats_a_later_country() -> None:
    text = (
        "Vice President Ali Hameed has paid a courtesy call on the Indian Prime Minister Ravi Menon, at the "
        "President’s Office this evening. The Indian Prime Minister is currently on a State Visit to the Maldives.\n\n"
        "During the call, the Vice President welcomed the Prime Minister."
    )
    assert parse(text).location == "President’s Office"


def test_a_government_named_after_its_country_is_no_seat() -> None:
    text = (
        "NAIROBI, March 3 - Minister Ruth Kamau on Tuesday handed relief supplies to the Government of Nepal. "
        "She met Ambassador Kofi Mensah."
    )
    assert parse(text).location == "NAIROBI"
