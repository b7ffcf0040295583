"""Source of a brief: phrases before or after a verb of saying that name someone speaking, or a piece of a phrase,
not a source.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse


def source_name(text: str) -> str | None:
    source = briefparse.parse(text, reference_date=dt.date(2023, 3, 20)).source
    return source.name if source else None


def test_a_name_after_a_title_of_plain_address_is_someone_speaking():
    text = (
        "Valdorian envoy meets Prime Minister\n\n"
        "Valdorian Ambassador Jan Korvel met Prime Minister Tomas Ebb in Port Lira on Monday.\n\n"
        "Mr. Halvorsen said the two sides discussed fisheries and trade.\n"
    )
    assert source_name(text) is None


def test_the_pair_who_met_speaking_is_no_source():
    text = (
        "Justizminister empfängt Amtskollegen\n\n"
        "Justizminister Karl Brenner hat am Montag in Wien seinen Amtskollegen aus Valdorien, Jan Korvel, empfangen. "
        "Beide berichteten von aktuellen Projekten in der Justiz.\n"
    )
    assert source_name(text) is None


def test_a_capitalised_complement_of_a_role_is_not_the_subject_that_spoke():
    text = (
        "Signature d’accords entre la Valdorie et la Guinée\n\n"
        "Le ministre valdorien des Affaires étrangères, Jan Korvel, et le ministre de la Coopération internationale "
        "de la République de Guinée, Paul Ebanda, ont signé lundi cinq accords à Conakry.\n\n"
        "Le ministre de la Coopération internationale de la République de Guinée a souligné l’importance de ces "
        "accords.\n"
    )
    assert source_name(text) is None


def test_a_phrase_cut_inside_an_initialism_is_no_source():
    text = (
        "Envoy welcomes truce in Valdoria\n\n"
        "Special Envoy Jan Korvel on Monday welcomed the truce announced\n"
        "by the U.S. Secretary of State, Paul Ebb, and the Valdorian Foreign Minister, Tomas Lind.\n\n"
        "The truce is to begin on Saturday.\n"
    )
    assert source_name(text) != "U"


def test_a_photo_caption_s_credit_yields_to_the_agency_of_the_dateline():
    text = (
        "Deputy Prime Minister receives Valdorian Ambassador\n\n"
        "Deputy Prime Minister Jan Korvel (R) and Valdorian Ambassador Paul Ebb (Source: VGP)\n\n"
        "Hanoi (VNA) – Deputy Prime Minister Jan Korvel hosted a reception for Valdorian Ambassador Paul Ebb in Hanoi "
        "on March 14.\n"
    )
    assert source_name(text) == "VNA"


def test_a_spokesperson_cited_with_the_name_set_after_it_keeps_the_name():
    text = (
        "President leaves for Valdoria\n\n"
        "President Jan Korvel left for Valdoria on Monday for a three-day working visit.\n\n"
        '"The president and his team left today for Valdoria," said the presidency spokesperson, Paul Ebb Ebanda.\n'
    )
    assert source_name(text) == "presidency spokesperson, Paul Ebb Ebanda"


def test_a_spokesperson_cited_with_a_clause_after_it_keeps_the_office_alone():
    text = (
        "President leaves for Valdoria\n\n"
        "President Jan Korvel left for Valdoria on Monday for a three-day working visit.\n\n"
        '"The president and his team left today for Valdoria," said the presidency spokesperson, who gave no details.\n'
    )
    assert source_name(text) == "presidency spokesperson"

