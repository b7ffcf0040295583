"""Location shapes of French and English briefs found in the wild: a place whose name opens with an honorific's
word. Every brief here is invented for the test."""

import datetime as dt

import briefparse


def place(text: str) -> str | None:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 20)).location


def test_country_opening_with_an_honorific_word() -> None:
    """ "Sri" is an honorific, yet "Sri Lanka" is a country the visitor arrived in."""
    text = (
        "The Foreign Minister of Valdoria, Tomas Keller, arrived in Sri Lanka today for a two-day official visit.\n\n"
        "Accompanied by a delegation of officials, Mr. Keller was welcomed by senior officers of the ministry."
    )
    assert place(text) == "Sri Lanka"


def test_agency_named_like_a_city_is_no_city_of_the_country() -> None:
    """A news agency that shares its name with a town ("Xinhua") does not stand for the city of the visited country."""
    text = (
        "Chinese President Li Wen met visiting Valdorian Foreign Minister Ana Brook on Saturday, discussing her "
        "president's visit to China next year.\n\n"
        '"The visit is the main event of our relations," Li was quoted as saying by Xinhua news agency.'
    )
    assert place(text) != "Xinhua"


def test_two_countries_joined_by_a_hyphen_are_a_relation() -> None:
    """ "China-Russia ties" is what was talked about, not where."""
    text = (
        "President Li Wen held talks with his Russian counterpart Ivan Sokolov on Monday.\n\n"
        '"This visit is a major event in China-Russia ties this year," Li said during the talks.'
    )
    assert place(text) != "China-Russia"


def test_month_after_a_city_is_its_date() -> None:
    """ "in Nairobi September 27": the city, not its date."""
    text = (
        "Valdorian President Ana Brook walks with President Li Wen during a welcoming ceremony at the Great Hall of "
        "the People in Nairobi September 27, 2010.\n\n"
        "President Li Wen held talks with President Ana Brook on Monday morning."
    )
    assert place(text) == "Great Hall of the People in Nairobi"


def test_month_after_a_country_is_its_date() -> None:
    """ "arrived in Valdoria February 3": the country, without the month."""
    text = "Foreign Minister Tomas Keller arrived in Valdoria February 3 for an official visit, his ministry said."
    assert place(text) == "Valdoria"


def test_place_of_an_occasion_to_come_is_not_the_event() -> None:
    """A forum "prévu … en octobre prochain à Luanda, en Angola" is not where the audience was held."""
    text = (
        "Le chef de l'Etat Paul Odimba a échangé, le 8 juin, avec la ministre Ana Brook, porteuse d'une invitation.\n\n"
        "L'invitation concerne un forum pour la paix prévu du 4 au 8 octobre prochain à Luanda, en Angola."
    )
    assert place(text) is None


def test_place_of_a_summit_next_month_is_not_the_event() -> None:
    """ "the summit next month in Nairobi" is still to come."""
    text = (
        "President Paul Odimba received Foreign Minister Ana Brook on Tuesday.\n\n"
        "They discussed the agenda of the summit next month in Nairobi, Kenya."
    )
    assert place(text) is None
