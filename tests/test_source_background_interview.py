"""The source of a brief. A wire dispatch whose dateline credits its agency, when a later sentence recalls an
interview someone gave to another outlet as background ("… lo llamó «ignorante» en una entrevista con CNN"): the
agency, not the outlet of that earlier interview; an interview the lead reports is still what the brief cites. A plan
or a rule that says who issued it ("según el programa divulgado por la presidencia"): its issuer; alone, no source.

Every brief and every person here is invented for the test; the countries and outlets are real.
"""

import datetime as dt

import briefparse


def _source(text: str) -> str | None:
    brief = briefparse.parse(text, reference_date=dt.date(2024, 10, 17))
    return brief.source.name if brief.source else None


def test_es_an_interview_recalled_later_leaves_the_dateline_agency_the_source():
    text = (
        "Lima, 16 oct (EFE).- El canciller peruano Tomás Ribera sostuvo este miércoles una llamada telefónica con su "
        "similar de Chile, Ana Soto, en lo que fue un primer contacto entre los dos gobiernos.\n\n"
        "Ambos cancilleres repasaron diferentes aspectos de la agenda bilateral y coincidieron en avanzar en la "
        "realización de un próximo encuentro.\n\n"
        "Soto felicitó a Ribera por su reciente designación al frente de la diplomacia peruana.\n\n"
        "La llamada duró cerca de media hora y fue la primera entre ambos desde el mes de julio.\n\n"
        "Entre los gobiernos de ambos países se dio un distanciamiento luego de que en abril pasado el presidente "
        "chileno calificara de «ignorante» a su par peruano en una entrevista con CNN en Español.\n"
    )
    assert _source(text) == "EFE"


def test_es_an_interview_the_lead_reports_is_the_source():
    text = (
        "Lima, 16 oct (EFE).- El canciller peruano Tomás Ribera afirmó este miércoles en una entrevista con CNN que "
        "su país mantendrá el diálogo con Chile.\n\n"
        "Ribera añadió que espera reunirse pronto con su similar chilena.\n"
    )
    assert _source(text) == "CNN"


def test_es_a_plan_that_names_who_issued_it_gives_its_issuer_as_the_source():
    text = (
        "El presidente de Perú, Tomás Ribera, recibió hoy al jefe de Estado chileno, Julián Ortega. Los dos "
        "gobernantes asistirán a la firma de acuerdos, según el programa divulgado por la presidencia peruana.\n"
    )
    assert _source(text) == "presidencia peruana"


def test_es_a_plan_alone_is_no_source():
    text = (
        "El presidente de Perú, Tomás Ribera, recibió hoy al jefe de Estado chileno, Julián Ortega. Los dos "
        "gobernantes asistirán a la firma de acuerdos, según el programa oficial.\n"
    )
    assert _source(text) is None
