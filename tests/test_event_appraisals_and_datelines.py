"""Event type and place on briefs invented for these tests (fictional people; real cities, which the gazetteer
must know): a participant's judgement of an event reports that event; a dateline with its region or agency
between slashes; a city's name that is a person's first name; an earlier occasion after a short opening clause; the
place a French quotation's inverted verb gives."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Le chancelier norlandais Paul Marin a qualifié sa conversation téléphonique avec le président valdorien "
            "Jan Teller d'importante. «C'était utile», a-t-il ajouté.",
            "phone_call",
        ),
        (
            "Valdorian President Jan Teller said he viewed his visit to Norland as an important step.\n\n"
            '"We view today\'s visit as a step forward," Teller said after talks with Paul Marin.',
            "visit",
        ),
        (
            "Президент Норландии Павел Марин оценил свой телефонный разговор с президентом Валдории Яном Теллером. "
            "По его словам, беседа прошла хорошо.",
            "phone_call",
        ),
        (
            "Министр Павел Марин назвал полезными переговоры с Валдорией. По его словам, стороны слышали друг друга.",
            "meeting",
        ),
        (
            "Foreign Minister Paul Marin described the talks with Valdoria as useful. The sides heard each other.",
            "meeting",
        ),
    ],
)
def test_a_participants_judgement_of_an_event_reports_that_event(text: str, kind: str) -> None:
    """What a participant says of the call, visit or talks he took part in, told by him, is that event's report (as
    the golds settle a participant's own account to reporters of his call)."""
    assert parse(text).event_type == kind


def test_a_verb_that_reports_an_event_keeps_it() -> None:
    text = "Президент Норландии Павел Марин сообщил о своем телефонном разговоре с президентом Валдории Яном Теллером."
    assert parse(text).event_type == "phone_call"


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("KAZAN /Tatarstan/, March 3. /TASS/.", "KAZAN"),
        ("LUANDA /ANGOP/, March 3.", "LUANDA"),
    ],
)
def test_a_dateline_with_its_region_or_agency_between_slashes(line: str, city: str) -> None:
    text = (
        f"Talks on trade\n\n{line} Norland's Foreign Minister Paul Marin held talks with his Valdorian counterpart "
        "Jan Teller on Tuesday. The ministers discussed trade."
    )
    assert parse(text).location == city


def test_a_city_that_opens_a_persons_name_is_no_city() -> None:
    """The country visited does not give way to "Владимир", a Russian city's name and the host's first name."""
    text = (
        "Глава Норландии примет президента Валдории\n\n"
        "Президент России Владимир Марин на предстоящей неделе примет с официальным визитом в России президента "
        "Валдории Павла Теллера. Об этом сообщил журналист Иван Петров."
    )
    assert parse(text).location == "России"


@pytest.mark.parametrize(
    "text",
    [
        "Глава Норландии примет президента Валдории\n\n"
        "Президент Норландии Павел Марин на предстоящей неделе примет с официальным визитом президента Валдории "
        "Яна Теллера. Об этом сообщил журналист Иван Петров.\n\n"
        "Помимо этого, Марин выступит на коллегии. Как писала газета, ранее в Казани с визитом находился Ян Кос.",
        "Norland's President Paul Marin will host Valdorian President Jan Teller next week on an official visit, a "
        "journalist reported.\n\nAs the paper wrote, earlier in Kazan on a visit was Ivan Kos.",
    ],
)
def test_an_earlier_occasion_after_a_short_opening_clause(text: str) -> None:
    assert parse(text).location is None


def test_a_quotations_inverted_verb_says_where_it_was_said() -> None:
    text = (
        "Le chancelier norlandais Paul Marin a appelé au calme en Valdorie. «C'est grave», a-t-il déclaré aux "
        "journalistes à Berlin avant de partir pour le sommet."
    )
    assert parse(text).location == "Berlin"


@pytest.mark.parametrize(
    "text",
    [
        "Norlands Außenminister Paul Marin empfängt am Dienstag die Außenminister aus Tschechien, der Slowakei, "
        "Slowenien und Ungarn. Das Treffen beginnt um 16 Uhr.",
        "Norland's Foreign Minister Paul Marin on Tuesday received the foreign ministers of Ghana, Togo and Benin "
        "to discuss trade.",
    ],
)
def test_a_host_who_receives_the_ministers_of_many_countries_holds_a_gathering(text: str) -> None:
    assert parse(text).event_type == "conference"


def test_a_host_who_receives_one_minister_holds_a_meeting() -> None:
    text = "Norland's Foreign Minister Paul Marin on Tuesday received the foreign minister of Ghana to discuss trade."
    assert parse(text).event_type == "meeting"


def test_words_of_conversation_after_a_call_report_that_call() -> None:
    text = (
        "PM Marin speaks with Valdorian President\n\nPrime Minister Paul Marin held a phone call with Valdorian "
        "President Jan Teller on Monday. They discussed Teller's upcoming state visit to Norland in May."
    )
    brief = parse(text)
    assert (brief.event_type, brief.location) == ("phone_call", None)


@pytest.mark.parametrize(
    "text",
    [
        "Президент Валдории Ян Теллер прибыл в Кремль для переговоров с президентом Норландии Павлом Марином.",
        "Valdorian President Jan Teller arrived at the Presidential Palace for talks with Norland's President Paul "
        "Marin.",
    ],
)
def test_a_guest_who_arrives_at_a_building_for_talks_is_met(text: str) -> None:
    assert parse(text).event_type == "meeting"


def test_a_guest_who_arrives_in_a_city_for_talks_visits() -> None:
    text = "Valdorian President Jan Teller arrived in Kazan for talks with Norland's President Paul Marin."
    assert parse(text).event_type == "visit"


def test_a_place_named_by_whose_it_is_is_no_place_name() -> None:
    text = (
        "BERLIN (dpa) - Bundespräsident Paul Marin hat den Präsidenten Valdoriens, Jan Teller, am Sonntag zu einem "
        "Gespräch in Marins Amtssitz empfangen."
    )
    assert parse(text).location == "BERLIN"
