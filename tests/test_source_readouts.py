"""Sources of official readouts and agency dispatches in French and English: a document named after the verb is no
source, a signature of staff initials credits no agency the register does not know. Every brief here is invented for
the test."""

import datetime as dt

import briefparse
from briefparse.agencies import find_credits


def source_name(text: str) -> str | None:
    source = briefparse.parse(text, reference_date=dt.date(2024, 5, 20)).source
    return source.name if source else None


def test_a_document_after_the_verb_is_not_who_speaks():
    text = (
        "Le ministre Paul Odimba a reçu lundi à Kivalo l'ambassadrice Ilse Marrow.\n\n"
        "Les deux parties ont évoqué « la coopération dans le domaine de l'eau », a ajouté le communiqué.\n\nAPS."
    )
    assert source_name(text) == "APS"


def test_initials_after_initials_are_writers_not_an_agency():
    text = "Le ministre Paul Odimba a reçu lundi à Kivalo l'ambassadrice Ilse Marrow.\n\nJKL/MN/OPQ\n"
    assert find_credits(text) == []
    assert source_name(text) is None


def test_the_document_may_stand_between_the_verb_and_the_source():
    text = (
        "Le président Paul Odimba et son homologue Jan Novak ont eu lundi un entretien téléphonique, annonce dans un "
        "communiqué la présidence kivalienne.\n\nLes deux dirigeants ont évoqué la sécurité régionale."
    )
    assert source_name(text) == "présidence kivalienne"


def test_an_inverted_verb_in_the_pluperfect_names_its_source():
    text = (
        "Le président Paul Odimba est arrivé lundi à Kivalo. Un tête-à-tête avec son homologue Jan Novak est prévu "
        "au palais, avait indiqué la présidence.\n\nLes deux dirigeants évoqueront la sécurité régionale."
    )
    assert source_name(text) == "présidence"


def test_the_document_set_off_by_commas_leaves_the_subject_as_the_source():
    english = (
        "Foreign Minister Jan Novak met his counterpart Paul Odimba in Kivalo on Monday.\n\nMeanwhile, the Ministry "
        "of Foreign Affairs of Vaskia, in an official statement, said the two ministers discussed Vaskian-Kivalan "
        "relations."
    )
    french = (
        "Le ministre Jan Novak a reçu lundi son homologue Paul Odimba.\n\nLe ministère des Affaires étrangères de "
        "Vaskie, dans un communiqué, a indiqué que les deux ministres ont évoqué le commerce."
    )
    assert source_name(english) == "Ministry of Foreign Affairs of Vaskia"
    assert source_name(french) == "ministère des Affaires étrangères de Vaskie"


def test_a_city_in_capitals_and_a_dash_credit_the_agency_after_them():
    text = "Minister meets envoys\n\nKIVALO- AFP\n\nThe foreign minister of Vaskia on Monday welcomed the new envoys."
    assert [(c.canonical, c.shape) for c in find_credits(text)] == [("Agence France-Presse", "dateline")]
    assert source_name(text) == "AFP"


def test_a_participant_opening_the_next_clause_is_not_in_apposition_to_the_source():
    text = (
        "Le président Paul Odimba s'est entretenu lundi par téléphone avec son homologue Jan Novak.\n\n"
        "Et, selon le Palais de Kivalo, Jan Novak aurait promis un dialogue national."
    )
    assert source_name(text) == "Palais de Kivalo"


def test_the_body_s_acronym_in_brackets_stays_with_its_name():
    text = 'President Jan Novak met Paul Odimba.\n\n"We discussed trade," the Prime Minister\'s Office (PMO) tweeted.'
    assert source_name(text) == "Prime Minister's Office (PMO)"


def test_an_unnamed_official_after_the_verb_is_the_source():
    text = (
        "Les ministres Jan Novak et Paul Odimba auront un tête-à-tête jeudi à Kivalo, a annoncé mercredi une "
        "responsable vaskienne."
    )
    assert source_name(text) == "responsable vaskienne"


def test_a_broadcaster_named_by_its_kind_is_the_source():
    french = (
        "Le président Paul Odimba s'est entretenu samedi par téléphone avec son homologue Jan Novak, a rapporté la "
        "télévision vaskienne."
    )
    english = "President Paul Odimba spoke by phone with his counterpart Jan Novak on Saturday, state radio reported."
    assert source_name(french) == "télévision vaskienne"
    assert source_name(english) == "state radio"


def test_a_body_that_has_just_published_its_readout_is_the_source():
    text = (
        "La présidence vaskienne vient de publier un communiqué dans lequel elle dévoile le contenu de l’entretien "
        "téléphonique entre les présidents Jan Novak et Paul Odimba."
    )
    assert source_name(text) == "présidence vaskienne"
