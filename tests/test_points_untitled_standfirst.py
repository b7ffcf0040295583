"""An undated standfirst under the headline that tells the event by titles alone yields to the story's next report
of the brief's kind that names a party and its day; a dated standfirst, or a statement's, keeps the lead."""

import datetime as dt

import briefparse


def _lead(text: str) -> str:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 8)).summary_points[0]


def test_fr_standfirst_by_titles_yields_to_the_named_dated_report() -> None:
    lead = _lead(
        "Kessel : la commission de suivi à la Primature\n\n"
        "Le chef du gouvernement a accordé une audience aux membres de la commission de suivi du dialogue national.\n\n"
        "Le Premier ministre Paul Marin a reçu en audience le mardi 7 mai 2024 une délégation de la commission, "
        "conduite par son vice-président Lars Dahl.\n\n"
        "La délégation a présenté au Premier ministre le bilan de ses travaux."
    )
    assert lead.startswith("Le Premier ministre Paul Marin a reçu")


def test_ru_standfirst_by_titles_yields_to_the_named_dated_report() -> None:
    lead = _lead(
        "Астана и Ереван обсудят создание делового совета\n"
        "Руководители внешнеполитических ведомств Казахстана и Армении обсудили перспективы сотрудничества.\n"
        "Министр иностранных дел Казахстана Павел Маринов 7 мая провёл встречу с главой МИД Армении Ларсом Далем. "
        "Стороны обсудили состояние двусторонних отношений."
    )
    assert lead.startswith("Министр иностранных дел Казахстана Павел Маринов")


def test_es_a_dated_standfirst_keeps_the_lead() -> None:
    lead = _lead(
        "Marín recibe a Dahl en el Palacio\n\n"
        "El presidente recibió este martes al canciller de Norlandia en el Palacio de Gobierno.\n\n"
        "El presidente Pablo Marín y el canciller Lars Dahl conversaron el martes sobre la cooperación bilateral.\n\n"
        "Ambos acordaron volver a reunirse en junio."
    )
    assert lead.startswith("El presidente recibió este martes")


def test_en_a_statement_by_an_office_keeps_the_lead() -> None:
    lead = _lead(
        "Foreign Office rejects talks offer\n\n"
        "The Foreign Office has strongly rejected any offers of dialogue with the armed group.\n\n"
        "At her weekly briefing in Kessel on Thursday, spokesperson Mara Dahl said the government had no interest in "
        "such talks.\n\n"
        "She added that the country would defend its citizens."
    )
    assert lead.startswith("The Foreign Office has strongly rejected")
