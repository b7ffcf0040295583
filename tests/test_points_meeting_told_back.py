"""A first sentence that speaks of the meeting only as one already told ("El encuentro se desarrolló …", "Se trata
del tercer encuentro …") leaves the lead to the later report that tells it with a verb and names both sides; a
sentence whose noun is the object of a report ("presentó sus credenciales") keeps it.

Every brief here is invented for the test.
"""

import briefparse


def _lead(text: str) -> str:
    return briefparse.parse(text).summary_points[0]


def test_the_meeting_told_back_yields_to_the_named_report():
    text = (
        "El encuentro se desarrolló este martes en la Casa de Gobierno tras una recorrida por el puerto de la "
        "ciudad.\n\n"
        "El gobernador de Valdoria, Tomás Ferreyra, recibió este martes la visita protocolar del embajador de "
        "Norlandia, Julián Marín.\n\n"
        "Ambos conversaron sobre la cooperación en materia de energía y comercio."
    )
    assert _lead(text).startswith("El gobernador de Valdoria, Tomás Ferreyra, recibió")


def test_a_meeting_after_a_contracted_article_yields_too():
    text = (
        "Se trata del tercer encuentro oficial que mantienen Ferreyra y Marín en lo que va del año.\n\n"
        "El presidente Tomás Ferreyra se reunió hoy con el canciller norlandés Julián Marín en el Palacio de "
        "Valdoria, en el marco de la cumbre regional.\n\n"
        "Los dos dialogaron sobre la agenda bilateral."
    )
    assert _lead(text).startswith("El presidente Tomás Ferreyra se reunió hoy")


def test_a_report_of_credentials_keeps_the_lead():
    text = (
        "El nuevo embajador de Norlandia, Julián Marín, presentó este lunes sus credenciales ante el presidente de "
        "Valdoria.\n\n"
        "Marín fue recibido en el Palacio de Valdoria por el canciller Tomás Ferreyra, quien lo acompañó.\n\n"
        "El diplomático expresó su voluntad de estrechar los lazos entre ambos países."
    )
    assert _lead(text).startswith("El nuevo embajador de Norlandia, Julián Marín, presentó")
