"""Name boundaries in French and English: an English honorific in a French brief, a word that
qualifies a title after it ("Designate", "Résident"), a party's acronym before a name, a preposition that opens the
sentence before one ("Outre", "Besides"), a royal title before the one name its
holder goes by ("Grand-Duc").

Every brief and every person here is invented for the test; the countries are real.
"""

import datetime as dt

import briefparse
from briefparse.analysis.names import find_names
from briefparse.lang import get_language


def participants(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).participants]


def test_fr_english_honorific_without_full_stop_is_no_part_of_the_name():
    text = (
        "Le président reçoit le nouvel ambassadeur du Ghana\n"
        "Le président Jean Kaloba a reçu mardi à Brazzaville Mr Samuel Toké, ambassadeur du Ghana, venu présenter "
        "ses lettres de créance.\n"
    )
    assert participants(text) == ["Jean Kaloba", "Samuel Toké"]


def test_en_designate_after_a_title_is_no_one():
    text = (
        "Minister receives High Commissioner Designate\n"
        "Foreign Minister Paul Maroni on Monday received the High Commissioner Designate of Ghana, Kwame Asante, "
        "in Lusaka.\n"
    )
    assert participants(text) == ["Paul Maroni", "Kwame Asante"]


def test_fr_resident_after_representant_is_no_one():
    text = (
        "Le ministre reçoit le Représentant Résident du PNUD\n"
        "Le ministre Alain Toubé a reçu lundi à Niamey le Représentant Résident du PNUD, Marc Dulac. Les deux "
        "hommes ont évoqué la coopération.\n"
    )
    assert participants(text) == ["Alain Toubé", "Marc Dulac"]


def test_en_party_acronym_before_a_name_is_cut():
    text = (
        "Prime minister meets party leader\n"
        "Prime Minister Ali Karim met AKP Numan Yildar in Ankara on Tuesday. Yildar praised the talks.\n"
    )
    assert participants(text) == ["Ali Karim", "Numan Yildar"]


def test_en_initials_of_two_capitals_stay_in_the_name():
    text = "Prime minister meets envoy\nPrime Minister KP Sharma Odari met the Indian envoy Raj Mehta in Kathmandu.\n"
    assert participants(text) == ["KP Sharma Odari", "Raj Mehta"]


def test_en_a_province_between_a_title_and_a_name_is_cut_when_the_text_uses_it_as_a_place():
    text = (
        "Chinese envoy meets chief minister\n"
        "Chinese Consul General Li Wen met Chief Minister Sindh Murad Ali Shahani in Karachi on Tuesday. Trade and "
        "investment in Sindh were discussed.\n"
    )
    assert participants(text) == ["Li Wen", "Murad Ali Shahani"]


def test_fr_a_province_between_a_title_and_a_name_is_cut_when_the_text_uses_it_as_a_place():
    text = (
        "Le gouverneur reçoit l'ambassadeur\n"
        "Le gouverneur Kivu Jean Paul Mbala a reçu lundi à Goma l'ambassadeur de Belgique Marc Dulac. Les "
        "deux hommes ont parlé de la sécurité au Kivu.\n"
    )
    assert participants(text) == ["Jean Paul Mbala", "Marc Dulac"]


def test_en_a_first_name_after_a_title_stays_when_the_text_uses_it_only_in_the_name():
    text = (
        "Prime minister meets envoy\n"
        "Prime Minister Mian Muhammad Shahbaz Ranil met the Chinese ambassador Li Wen in Lahore on Monday.\n"
    )
    assert participants(text) == ["Mian Muhammad Shahbaz Ranil", "Li Wen"]


def test_en_madam_is_no_part_of_a_name():
    text = (
        "Envoy presents letters to minister\n"
        "High Commissioner-Designate of Kenya to Ghana, Madam Ama Serwa Boadu, has presented her letters to the "
        "Foreign Minister, Kofi Mensa.\n"
    )
    assert participants(text)[:2] == ["Ama Serwa Boadu", "Kofi Mensa"]


def test_en_a_party_is_no_one():
    text = (
        "Envoy meets AK Party officials\n"
        "Ambassador Tom Rivers met AK Party officials in Ankara on Monday, including deputy chairman Ali Demir.\n"
    )
    assert "AK Party" not in participants(text)


def test_en_cm_is_a_title():
    text = (
        "Chinese envoy calls on Sindh CM\n"
        "Chinese Consul General Li Wen met Chief Minister Murad Shahani in Karachi on Tuesday.\n"
    )
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 12))
    assert "Sindh CM" not in [p.name for p in (*brief.participants, *brief.people_mentioned)]


def test_en_a_diplomat_and_the_country_of_the_post_before_a_name_are_one_person():
    text = (
        "US envoy meets chief minister\n"
        "The United States ambassador to Pakistan Tom Rivers met Chief Minister Ali Shahani in Lahore on Tuesday.\n"
    )
    assert participants(text) == ["Tom Rivers", "Ali Shahani"]


def test_fr_a_diplomat_and_the_country_of_the_post_before_a_name_are_one_person():
    text = (
        "Le président reçoit l'ambassadeur\n"
        "Le président Jean Kaloba a reçu mardi l'ambassadeur de France au Ghana Paul Morel à Accra.\n"
    )
    assert participants(text) == ["Jean Kaloba", "Paul Morel"]


def test_fr_english_honorific_with_a_full_stop_ends_no_sentence():
    text = (
        "Le ministre reçoit le Représentant du PNUD\n"
        "Le ministre Alain Toubé a reçu lundi à Niamey le Représentant Resident du PNUD, Mr. Marc Dulac.\n"
    )
    assert participants(text) == ["Alain Toubé", "Marc Dulac"]


def test_en_a_title_joined_to_designate_by_a_hyphen_is_a_role():
    text = (
        "Minister receives the envoy of Ghana\n"
        "Foreign Minister Paul Maroni on Monday received Ambassador-Designate Kwame Asante of Ghana in Lusaka.\n"
    )
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 12))
    assert [(p.name, p.role) for p in brief.participants][1] == ("Kwame Asante", "Ambassador-Designate of Ghana")


def test_a_preposition_opening_the_sentence_is_no_part_of_the_name_after_it():
    text = (
        "Le président reçoit les ministres de Valdoria\n"
        "Le président Jean Kaloba a reçu mardi à Brazzaville la ministre des Affaires étrangères de Valdoria, "
        "Irène Valois. Outre Irène Valois, il s'est aussi entretenu avec le ministre du Commerce, Paul Maroni.\n"
    )
    assert "Irène Valois" in participants(text)
    assert not any(name and name.startswith("Outre") for name in participants(text))
    english = "Besides Kwame Asante, the minister also met Paul Maroni in Accra on Monday."
    assert next(m.tokens for m in find_names(english, 0, len(english), get_language("en"))) == ("Kwame", "Asante")


def test_a_royal_title_with_a_capital_before_the_one_name_its_holder_goes_by():
    text = (
        "Le Grand-Duc Henri a reçu le Premier ministre de Valdoria\n"
        "Luxembourg, 12 mars 2024. Le Grand-Duc Henri a reçu mardi au palais grand-ducal le Premier ministre de "
        "Valdoria, Paul Maroni, en visite officielle.\n"
    )
    assert participants(text)[:2] == ["Henri", "Paul Maroni"]
    english = "Grand Duke Henri received Paul Maroni on Tuesday."
    assert next(m.tokens for m in find_names(english, 0, len(english), get_language("en"))) == ("Henri",)

