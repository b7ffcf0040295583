"""Location shapes of French and English briefs found in the wild: a place whose name opens with an honorific's
word, a relation between two countries, an agency named like a town, a month written after the place, an occasion
still to come. Every brief here is invented for the test."""

import datetime as dt

import pytest

import briefparse


def place(text: str) -> str | None:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 20)).location


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "Sri" is an honorific, yet "Sri Lanka" is a country the visitor arrived in
            "The Foreign Minister of Valdoria, Tomas Keller, arrived in Sri Lanka today for a two-day official visit."
            "\n\nAccompanied by a delegation of officials, Mr. Keller was welcomed by senior officers of the ministry.",
            "Sri Lanka",
        ),
        (  # a month after a city is its date; "the" links a venue's name, it is no honorific there
            "Valdorian President Ana Brook walks with President Li Wen during a welcoming ceremony at the Great Hall "
            "of the People in Nairobi September 27, 2010.\n\n"
            "President Li Wen held talks with President Ana Brook on Monday morning.",
            "Great Hall of the People in Nairobi",
        ),
        (  # a month after a country
            "Foreign Minister Tomas Keller arrived in Valdoria February 3 for an official visit, his ministry said.",
            "Valdoria",
        ),
        (  # an occasion still to come, with its country
            "Le chef de l'Etat Paul Odimba a échangé, le 8 juin, avec la ministre Ana Brook, porteuse d'une "
            "invitation.\n\nL'invitation concerne un forum pour la paix prévu du 4 au 8 octobre prochain à Luanda, "
            "en Angola.",
            None,
        ),
        (  # "next month"
            "President Paul Odimba received Foreign Minister Ana Brook on Tuesday.\n\n"
            "They discussed the agenda of the summit next month in Nairobi, Kenya.",
            None,
        ),
    ],
)
def test_place(text: str, expected: str | None) -> None:
    assert place(text) == expected


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (  # a news agency that shares its name with a town does not stand for the city of the visited country
            "Chinese President Li Wen met visiting Valdorian Foreign Minister Ana Brook on Saturday, discussing her "
            "president's visit to China next year.\n\n"
            '"The visit is the main event of our relations," Li was quoted as saying by Xinhua news agency.',
            "Xinhua",
        ),
        (  # two countries joined by a hyphen are what was talked about, not where
            "President Li Wen held talks with his Russian counterpart Ivan Sokolov on Monday.\n\n"
            '"This visit is a major event in China-Russia ties this year," Li said during the talks.',
            "China-Russia",
        ),
    ],
)
def test_not_the_place(text: str, wrong: str) -> None:
    assert place(text) != wrong


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the city that names the gathering beats the dateline
            "ISLAMABAD: Foreign Minister Tomas Keller met with Foreign Minister of Valdoria Ana Brook on the sidelines "
            "of Antalya Diplomacy Forum on Saturday, said a press release.",
            "Antalya",
        ),
        (
            "DAKAR - Le ministre Paul Odimba s'est entretenu samedi avec son homologue Ana Brook en marge du Forum "
            "de Nairobi sur la paix, selon un communiqué.",
            "Nairobi",
        ),
        (  # the gathering's noun in lower case, after its ordinal, and the frame it was held in
            "Le ministre Paul Odimba et son homologue Ana Brook se sont entretenus dimanche dans le cadre de la 12e "
            "conférence de Nairobi sur la sécurité.",
            "Nairobi",
        ),
        (
            "Le ministre Paul Odimba s'est entretenu avec son homologue Ana Brook en marge de la conférence de "
            "Nairobi sur le climat.",
            "Nairobi",
        ),
    ],
)
def test_city_naming_the_gathering(text: str, expected: str) -> None:
    assert place(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le président Paul Odimba a reçu mercredi l'ancien chef de l'Etat Jean Tessier.\n\n"
        "Plus tôt dans la journée, Jean Tessier s'était rendu à Kpalimé, une petite ville dont il est originaire.",
        "President Paul Odimba received former President Jean Tessier on Wednesday.\n\n"
        "Earlier in the day, Mr. Tessier held talks with business leaders in Kumasi.",
    ],
)
def test_place_of_an_earlier_occasion_is_not_the_event(text: str) -> None:
    assert place(text) is None


def test_ministry_where_the_call_was_paid_beats_the_dateline() -> None:
    text = (
        "KORVA: Ambassador of Valdoria Tomas Keller called on Foreign Minister Ana Brook at the Ministry of Foreign "
        "Affairs on Friday and discussed bilateral ties."
    )
    assert place(text) == "Ministry of Foreign Affairs"


def test_post_of_an_ambassador_extraordinary_and_plenipotentiary() -> None:
    text = (
        "On December 24, Foreign Minister Ana Brook received Ambassador Extraordinary and Plenipotentiary of the "
        "Republic of Valdoria to Mongolia Tomas Keller.\n\nThe two sides exchanged views on bilateral relations."
    )
    assert place(text) is None


def test_post_after_a_nationality() -> None:
    """ "l'ambassadeur français à Rabat" names his post, as "l'ambassadeur de France à Rabat" does."""
    text = "Le nouvel ambassadeur français à Rabat, Jean Tessier, a été reçu mardi par le ministre Paul Odimba."
    assert place(text) is None


def test_a_clause_of_visiting_that_opens_the_meeting_sentence_gives_its_place() -> None:
    """"Visiting Nairobi …, the minister held a meeting": where the visitor met, not the place of a gathering the
    talks went on to discuss."""
    text = (
        "Minister Keller met with his Valdorian counterpart Brook\n\n"
        "Visiting Nairobi for the annual meeting of the Lakeland Forum, Foreign Minister Tomas Keller held a "
        "bilateral meeting with his counterpart Ana Brook today at the margin of the meeting.\n\n"
        "During the meeting, the decisions taken at the Norland Summit held in Lisbon were discussed."
    )
    record = briefparse.parse(text, reference_date=dt.date(2024, 5, 20))
    assert record.event_type == "meeting"
    assert record.location == "Nairobi"


def test_a_visitor_named_after_the_word_visiting_is_no_place() -> None:
    text = (
        "Visiting Prime Minister Tomas Keller held talks with President Ana Brook on Monday, the presidency said.\n\n"
        "The two leaders discussed trade."
    )
    assert place(text) is None


def test_the_city_of_the_airport_a_visitor_landed_at_is_the_visits() -> None:
    """No place preposition names the visit's place: the airport the plane landed at names its city."""
    text = (
        "Le président valdorien, Tomas Keller, a foulé le sol togolais ce mercredi pour une visite d'Etat de deux "
        "jours. Il a été accueilli au bas de la passerelle par son homologue Ana Brook.\n\n"
        "Son avion s'est posé sur le tarmac de l'aéroport de Lomé à 14 heures."
    )
    record = briefparse.parse(text, reference_date=dt.date(2024, 5, 20))
    assert record.event_type == "visit"
    assert record.location == "Lomé"


def test_a_country_gives_way_to_its_city_whose_name_opens_with_a_common_word() -> None:
    """"La Paz" opens with an article, yet the gazetteer knows the whole name as a city of the country named."""
    text = (
        "Les présidents Tomas Keller et Ana Brook se sont entretenus samedi en marge du sommet régional en Bolivie.\n\n"
        "Les deux présidents ont eu une conversation lors du deuxième jour du sommet dans la ville bolivienne de "
        "La Paz, selon la présidence."
    )
    assert place(text) == "La Paz"
