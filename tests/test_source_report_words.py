"""Source of a brief: the words of a language that name a source or set one aside (verbs of saying in the present,
the nouns of bodies, a newsroom's own tag).

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse


def source_name(text: str) -> str | None:
    source = briefparse.parse(text, reference_date=dt.date(2023, 3, 20)).source
    return source.name if source else None


def test_a_spanish_report_verb_in_the_present_cites_the_body_after_it():
    text = (
        "Presidentes de Valdoria y Lirania se reunirán en la frontera\n\n"
        "El presidente de Valdoria, Jan Korvel, recibirá el lunes a su homólogo de Lirania, Pablo Ebanda. "
        "En el encuentro se abordarán “la relación bilateral y la reapertura de fronteras”, refiere un comunicado "
        "de la Presidencia de Valdoria.\n"
    )
    assert source_name(text) == "comunicado de la Presidencia de Valdoria"


def test_a_french_secretariat_after_an_inverted_verb_is_the_source():
    text = (
        "Deux anciens présidents se parlent au téléphone\n\n"
        "L’ancien président valdorien Jan Korvel s’est entretenu lundi au téléphone avec son prédécesseur Paul "
        "Ebanda. « Les deux anciens présidents ont évoqué de vieux souvenirs », a rapporté le secrétariat de Korvel "
        "dans un communiqué.\n"
    )
    assert source_name(text) == "secrétariat de Korvel"


def test_the_german_newsroom_tag_after_a_dateline_is_the_outlet_s_own_reporting():
    text = (
        "Neue Generalkonsuln begrüßt\n\n"
        "Altstadt (red) – Stadträtin Jana Korvel hat am Montag fünf neue Generalkonsuln im Rathaus begrüßt, "
        "darunter Generalkonsul Paul Ebanda aus Valdorien.\n"
    )
    assert source_name(text) is None


def test_a_readout_opened_by_as_stated_by_cites_the_spokesperson():
    text = (
        "Secretary's Call with Valdorian Foreign Minister\n\n"
        "As stated by Deputy Spokesperson Jan Korvel:\n"
        "Secretary of State Paul Ebb spoke today with Valdorian Foreign Minister Tomas Lind to discuss trade.\n"
    )
    assert source_name(text) == "Deputy Spokesperson Jan Korvel"


def test_a_german_release_of_a_body_named_with_von_cites_the_body():
    text = (
        "Staatsbesuch aus Valdorien\n\n"
        "Bundespräsident Jan Korvel hat am Montag in Bern den Präsidenten Valdoriens, Paul Ebanda, empfangen. "
        "Es würden Bereiche erörtert, in denen die Beziehungen vertieft werden sollten, hatte es vorab in einer "
        "Mitteilung von Korvels Departement des Innern geheissen.\n"
    )
    assert source_name(text) == "Korvels Departement des Innern"


def test_an_agency_spoken_to_is_the_source():
    text = (
        "Minister receives Valdorian Ambassador\n\n"
        "Foreign Minister Jan Korvel received the Ambassador of Valdoria, Paul Ebb, at the Ministry on Monday.\n\n"
        "Minister Korvel, who spoke to JIS News following the courtesy call, said the two countries would deepen "
        "their ties in trade and tourism.\n"
    )
    assert source_name(text) == "JIS"
