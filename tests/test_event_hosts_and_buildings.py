"""Event type and place on briefs invented for these tests (fictional people; real places and agencies, which the
gazetteer and the agency register must know): a headline's "meet in"; a gathering set aside as the occasion with every
word read in its phrase; a gathering's word inside a building's name; a news agency, a town named after a common word
and an envoy's post are no place of the event; a tour's countries give way to the city the headline names."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Norland, Valdoria FMs meet in Baku", "meeting"),
        ("Norlandic, Valdorian foreign ministers meet in Baku", "meeting"),
        ("Lake Union foreign ministers meet in Baku", "conference"),
    ],
)
def test_a_headline_that_says_ministers_meet_reports_their_meeting(title: str, kind: str) -> None:
    text = (
        f"{title}\n\n"
        "Foreign Minister Paul Marin said the two countries would expand their trade next year.\n\n"
        "Marin added that a new consulate would open soon."
    )
    assert parse(text).event_type == kind


def test_a_gathering_set_aside_as_the_occasion_leaves_the_meeting() -> None:
    text = (
        "On the sidelines of the extraordinary meeting of the Council of Foreign Ministers of the Lake Union in Baku, "
        "Norland Foreign Minister Paul Marin met with his Valdorian counterpart Jan Keller.\n\n"
        "Marin informed his colleague about the situation in the region."
    )
    assert parse(text).event_type == "meeting"


def test_a_conference_centre_names_a_building_not_a_gathering() -> None:
    text = (
        "Ministry opens office for policy council\n\n"
        "The Ministry of Foreign Affairs has commissioned a new office at the Accra International Conference Centre "
        "for the Council on Foreign Relations.\n\n"
        "Chief Director Paul Marin said the office would support the council's work."
    )
    assert parse(text).event_type != "conference"


def test_a_news_agency_is_no_place() -> None:
    text = (
        "Council chair received at ministry\n\n"
        "Accra, Nov 22 - Director Paul Marin has received the council chair Jan Keller at the ministry.\n\n"
        "A statement issued by the Foreign Ministry, copied to the Ghana News Agency, said Marin noted the council's "
        "work."
    )
    assert parse(text).location == "Accra"


def test_a_town_named_after_a_common_word_is_no_city_of_the_country() -> None:
    text = (
        "President Paul Marin is leading a delegation to the United States of America\n\n"
        "Paul Marin, the President of Valdoria, left the country last night to attend the US-Lakeland Leaders' Summit."
    )
    assert parse(text).location != "Summit"


def test_an_envoys_post_is_no_place_of_the_audience() -> None:
    text = (
        "Four new envoys accredited by their respective countries to serve in Ghana have presented their letters of "
        "credence to President Paul Marin.\n\n"
        "They pledged to deepen relations with the government."
    )
    assert parse(text).location != "Ghana"


@pytest.mark.parametrize(
    "text",
    [
        "Coopération : le ministre Paul Marin à Dakar le 15 juin\n\n"
        "Le ministre des affaires étrangères, M. Paul Marin, se rend du 14 au 16 juin en Guinée, au Sénégal et en "
        "Mauritanie, a-t-on appris de l'ambassade.",
        "Minister Paul Marin in Dakar on 15 June\n\n"
        "Foreign Minister Paul Marin will travel from 14 to 16 June to Guinea, Senegal and Mauritania for a working "
        "visit, the embassy said.",
    ],
)
def test_a_tour_gives_way_to_the_city_the_headline_names(text: str) -> None:
    assert parse(text).location == "Dakar"


@pytest.mark.parametrize(
    "text",
    [
        "Paul Marin : déjà à Dakar\n\nLe président valdorien arrivé hier à Dakar, entame ses audiences aujourd'hui "
        "dans la capitale.",
        "Senegal receives Valdoria's President\n\nPresident Paul Marin of Valdoria said the ties were strong.",
        "Dakar accueille le président Paul Marin\n\nLe président valdorien s'entretiendra avec les autorités.",
    ],
)
def test_an_arrival_or_a_place_that_receives_a_guest_is_a_visit(text: str) -> None:
    assert parse(text).event_type == "visit"


def test_a_meeting_takes_the_city_its_guest_came_to() -> None:
    text = (
        "Valdorian, Norland foreign ministers meeting in expanded format\n\n"
        "Valdorian Foreign Minister Paul Marin and his Norland counterpart Jan Keller held a meeting in an expanded "
        "format, the ministry said.\n\n"
        "Earlier, the sides discussed bilateral cooperation during a face to face meeting.\n\n"
        "The Norland minister arrived in Baku on February 27 for a two-day visit."
    )
    assert parse(text).location == "Baku"


@pytest.mark.parametrize(
    "text",
    [
        "Ministry opens office for policy council\n\nThe Ministry of Foreign Affairs has commissioned a modern office "
        "for the Council on Foreign Relations.\n\nChief Director Paul Marin said the office would help the council.",
        "Valdorie : le gouvernement remanié\n\nLe président valdorien Paul Marin a remanié mardi le gouvernement, "
        "selon un communiqué lu à la radio.",
    ],
)
def test_a_ceremony_or_an_act_of_office_is_another_event(text: str) -> None:
    assert parse(text).event_type == "other"


@pytest.mark.parametrize(
    "text",
    [
        "PAUL MARIN : « la Valdorie et le Sénégal veulent intensifier leur coopération »\n\n"
        "La Valdorie et le Sénégal travaillent à intensifier leur coopération, a assuré, jeudi, à Dakar, le ministre "
        "valdorien des Affaires étrangères, Paul Marin.\n\n"
        "« Nous avons discuté de beaucoup de domaines », a dit M. Marin au cours d'un point de presse conjoint.\n\n"
        "Son homologue Jan Keller est arrivé le même jour à Dakar, pour une visite de 24 heures au Sénégal.",
        "PAUL MARIN: 'Valdoria and Senegal will deepen their cooperation'\n\n"
        "Valdoria and Senegal are working to deepen their cooperation, Valdorian Foreign Minister Paul Marin said on "
        "Thursday in Dakar.\n\n"
        "'We talked about many areas,' Marin told reporters at a joint press briefing.\n\n"
        "His counterpart Jan Keller arrived in Dakar the same day for a 24-hour visit to Senegal.",
    ],
)
def test_a_lead_that_reports_speech_makes_a_statement(text: str) -> None:
    assert parse(text).event_type == "statement"


@pytest.mark.parametrize(
    "text",
    [
        "Treffen in Wien\n\nAußenminister Paul Marin empfing am Dienstag seine Amtskollegen aus Tschechien, der "
        "Slowakei, Slowenien und Ungarn in Wien.",
        "Talks in Niamey\n\nForeign Minister Paul Marin received his counterparts from Chad, Mali and Burkina Faso in "
        "Niamey on Tuesday.",
        "Réunion à Niamey\n\nLe ministre Paul Marin a reçu mardi ses homologues du Tchad, du Mali et du Burkina Faso à "
        "Niamey.",
    ],
)
def test_a_host_who_receives_his_counterparts_from_many_countries_holds_a_gathering(text: str) -> None:
    assert parse(text).event_type == "conference"


def test_the_subject_after_a_german_verb_is_no_members_of_a_gathering() -> None:
    text = (
        "Im Rahmen der Initiativen der valdorischen EU-Ratspräsidentschaft traf der Bundesminister für Europa, "
        "Integration und Äußeres, Paul Marin, im Palais Metternich mit den EU-Botschaftern zusammen.\n\n"
        "Das Treffen bot eine Gelegenheit zum Informationsaustausch."
    )
    assert parse(text).event_type == "meeting"
