"""The story's dated report takes the lead from an undated standfirst only when it is a report in the writer's own
words: not a roll of people one item after another, not a line of a bulleted summary, and not a sentence that an
impersonal attribution word gives as what the release says ("Отмечается, …")."""

import datetime as dt

import briefparse


def _lead(text: str, reference: dt.date | None = None) -> str:
    return briefparse.parse(text, reference_date=reference).summary_points[0]


def test_es_a_roll_of_envoys_leaves_the_lead_to_the_report() -> None:
    lead = _lead(
        "El presidente Tomás Arrieta recibió las cartas credenciales de 9 nuevos embajadores acreditados en "
        "Guatemala, en una ceremonia que se realizó en el Palacio Nacional de la Cultura.\n"
        "Presentaron el martes sus cartas credenciales los embajadores Rodrigo Anselmo Vidal, de la República de "
        "Chile; Lars Berg Holm, del Reino de Dinamarca; Pavel Orlov, de la Federación de Rusia, y Amir Shah Kamal, "
        "de Malasia.\n"
        "El mandatario conversó después con cada uno de los diplomáticos.\n"
    )
    assert lead.startswith("El presidente Tomás Arrieta recibió las cartas credenciales")


def test_de_a_bulleted_summary_line_leaves_the_lead_to_the_report() -> None:
    lead = _lead(
        "Der norwegische Ministerpräsident Lars Dahlberg ist zu einem zweitägigen Besuch in Österreich eingetroffen. "
        "Er wurde am Flughafen Wien von Bundeskanzler Paul Reitmayr begrüßt.\n"
        "Das Wichtigste in Kürze\n"
        "- Der norwegische Ministerpräsident Dahlberg beginnt heute seinen Besuch bei Bundeskanzler Reitmayr.\n"
        "- Neben Wien steht auch Graz auf dem Programm.\n"
        "Im Bundeskanzleramt sind Gespräche über Energie und Handel geplant.\n",
        dt.date(2024, 5, 8),
    )
    assert lead.startswith("Der norwegische Ministerpräsident Lars Dahlberg ist zu einem zweitägigen Besuch")


def test_ru_an_impersonal_attribution_leaves_the_lead_to_the_report() -> None:
    lead = _lead(
        "Глава МИД Норвегии Ларс Дальберг провёл телефонный разговор с министром иностранных дел Австрии Паулем "
        "Райтмайром. Об этом сообщила пресс-служба ведомства.\n"
        "Отмечается, министры провели конструктивное обсуждение двусторонних отношений во время телефонного "
        "разговора Дальберга и Райтмайра 16 октября.\n"
        "Ранее стороны договорились о встрече в Вене.\n",
        dt.date(2025, 10, 17),
    )
    assert lead.startswith("Глава МИД Норвегии Ларс Дальберг провёл телефонный разговор")
