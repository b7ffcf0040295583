"""Location: the first sentence tells the event. A site it names that the gazetteer does not know ("a courtesy call on
the President at Bangabhaban") is the place; a country a later sentence names ("her recent tri-nation trip to Japan,
UK and USA") is what was discussed, not where. Every brief here is invented for the test; the countries are real."""

import datetime as dt

import briefparse


def place(text: str) -> str | None:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 20)).location


def test_an_unknown_site_of_the_first_sentence_beats_a_later_country() -> None:
    text = (
        "Prime Minister Anna Brook on Saturday paid a courtesy call on President Paul Marin at Valdorhall in the "
        "evening.\n\n"
        "The President's press secretary Jean Tessier told reporters that the prime minister discussed state "
        "issues, especially her recent tri-nation trip to Japan, Kenya and Peru during the meeting.\n\n"
        "President Marin thanked the prime minister for the successful visit.\n"
    )
    assert place(text) == "Valdorhall"


def test_a_country_of_the_first_sentence_stays_the_place() -> None:
    text = (
        "President Paul Marin on Saturday received the envoy of Norland, Jean Valdor, in Kenya.\n\n"
        "They discussed trade and the recent floods.\n"
    )
    assert place(text) == "Kenya"
