"""Source and title on briefs from outlets the corpus lacks: cue shapes, offices speaking, agency credits,
bare labels, labels inside a line (closing a paragraph's last sentence, after a meta line's time stamp), agencies
named in an oblique case ("рассказал Укринформу"), the audience told before a speaker ("как сообщил журналистам
Т. X"), short headlines and crumbs. Every brief here is invented."""

from __future__ import annotations

import briefparse
from briefparse.agencies import find_credits


def _source(text: str) -> str | None:
    source = briefparse.parse(text).source
    return source.name if source else None


def test_a_day_between_a_cue_and_its_body_leaves_the_body_the_source():
    text = (
        "Визит министра в Кессел отложен\n\n"
        "Визит министра иностранных дел Валдории Павла Марина в Кессел отложен. Как сообщили в воскресенье, "
        "27 ноября, в МИД Валдории, о новых сроках визита будет объявлено дополнительно.\n"
    )
    assert "МИД Валдории" in (_source(text) or "")


def test_the_outlet_told_between_a_cue_and_a_press_service_is_no_source():
    text = (
        "Губернатор приехал в Норландию\n\n"
        "Губернатор Кесселской области Павел Марин приехал в Норландию с рабочим визитом. Как сообщили «Вестнику "
        "Кессела» в пресс-службе администрации Кесселской области, он возглавляет официальную делегацию.\n"
    )
    source = _source(text) or ""
    assert "пресс-служб" in source and "Вестник" not in source


def test_reports_in_the_plural_and_a_diplomatic_office_name_a_source():
    reports = (
        "Министр посетит Норландию\n\n"
        "Министр иностранных дел Валдории Павел Марин посетит Норландию 21 февраля. По сообщениям пресс-службы "
        "МИД Валдории, министр обсудит вопросы сотрудничества.\n"
    )
    office = (
        "Визит в Кессел отменен\n\n"
        "Министр иностранных дел Валдории Павел Марин отменил визит в Кессел. Об этом говорится в заявлении "
        "валдорийского дипведомства.\n"
    )
    assert "пресс-служб" in (_source(reports) or "")
    assert "дипведомств" in (_source(office) or "")


def test_a_release_names_its_sender_by_a_label():
    text = (
        "Kessel. Ministerpräsident Paul Marin empfängt heute den Botschafter Norlands, Erik Lund.\n"
        "Aussender: Staatskanzlei Valdorien, Anna Berger\n"
    )
    assert "Staatskanzlei Valdorien" in (_source(text) or "")


def test_the_holder_of_an_office_speaking_is_no_source():
    spanish = (
        "La Cancillería de Valdoria celebró el Día de la Diplomacia en ceremonia presidida por el canciller "
        "Paul Marin.\nEl titular de la Cancillería de Valdoria, indicó que la diplomacia es un instrumento clave "
        "para la defensa de la soberanía.\n"
    )
    french = (
        "Le Premier ministre, Paul Marin, a reçu vendredi à Kessel une délégation des ministres des Mines. "
        "«Ce forum nous a permis de nourrir des expériences», a déclaré le ministre norlandais de l'Eau et des "
        "Mines.\n"
    )
    assert _source(spanish) is None
    assert _source(french) is None


def test_a_body_that_posts_on_the_networks_is_the_source_not_the_networks():
    text = (
        "Llega a Kessel la presidenta de Norlandia\n\n"
        "A través de redes sociales, la Secretaría de Relaciones Exteriores de Valdoria informó que la presidenta "
        "de Norlandia, Ana Lund, fue recibida esta tarde por el canciller Paul Marin.\n"
    )
    assert "Secretaría de Relaciones Exteriores" in (_source(text) or "")


def test_a_regional_press_office_credits_the_dispatch_and_a_bracketed_city_does_not():
    text = (
        "LH-Empfang für Delegation aus Norland\n\n"
        "LPA - Landeshauptmann Paul Marin wird heute abend in Kessel einen Empfang für die Delegation aus Norland "
        "geben.\n"
    )
    assert _source(text) == "Landespresseamt Südtirol" or _source(text) == "LPA"
    credits = find_credits("(Kessel) - OTS. Der Botschafter Norlands stattete heute seinen Antrittsbesuch ab.\n")
    assert [c.canonical for c in credits] == ["APA-OTS"]
    bracketed = (
        "Botschafter auf Antrittsbesuch\n\n(Innsbruck) - Der Botschafter Norlands, Erik Lund, stattete heute dem "
        "Präsidenten Paul Marin seinen Antrittsbesuch ab.\n"
    )
    assert _source(bracketed) is None


def test_a_bare_label_yields_to_a_press_service_the_lead_cites():
    text = (
        "Губернатор поучаствовал в Совете регионов\n\n"
        "Губернатор Кесселской области Павел Марин поучаствовал в Совете регионов Валдории и Норландии, "
        "сообщили в пресс-службе правительства Кесселской области.\n\n"
        "Источник\n\nNo comment\n"
    )
    assert "пресс-служб" in (_source(text) or "")


def test_a_short_headline_that_opens_on_its_event_is_taken_when_the_page_has_no_other():
    text = (
        "Antrittsbesuch von Botschafterin\n\n(19.01.2016)\n"
        "Seit September ist Anna Lund norländische Botschafterin in Valdorien. Montagabend stattete sie "
        "Bürgermeisterin Eva Marin ihren Antrittsbesuch ab.\n"
    )
    assert briefparse.parse(text).title == "Antrittsbesuch von Botschafterin"


def test_a_crumb_on_the_headline_is_left_for_its_clean_copy():
    glued = (
        "ГлавнаяПрезидент Валдории провел переговоры с премьером Норландии\n\n"
        "Президент Валдории провел переговоры с премьером Норландии\n\n"
        "Павел Марин провел переговоры с премьер-министром Норландии Эриком Лундом, прибывшим в Кессел с "
        "официальным визитом. Стороны обсудили широкий круг вопросов сотрудничества.\n"
    )
    numbered = (
        "  1. Главная страница\n  2. Новости\n  3. Визит министра в Кессел отложен на неопределенный срок\n"
        "Политика\n\nВизит министра в Кессел отложен на неопределенный срок\n\n"
        "Визит министра иностранных дел Валдории Павла Марина в Кессел отложен на неопределенный срок. "
        "О новых сроках визита будет объявлено дополнительно, сообщили в МИД Валдории.\n"
    )
    assert briefparse.parse(glued).title == "Президент Валдории провел переговоры с премьером Норландии"
    assert briefparse.parse(numbered).title == "Визит министра в Кессел отложен на неопределенный срок"


def test_a_spokesperson_who_writes_on_a_network_is_the_source():
    text = (
        "Regierung: Reise führt nach Kessel\n\n"
        "Am heutigen Donnerstag beginnt die Reise der Regierung Valdoriens. Heute geht es nach Kessel, wie "
        "Regierungssprecher Paul Marin auf Twitter schreibt.\n"
    )
    assert "Paul Marin" in (_source(text) or "")


def test_a_date_line_may_close_on_a_full_stop_or_a_time_of_the_afternoon():
    body = (
        "\nEl canciller de Valdoria, Paul Marin, recibió a su homólogo de Norlandia, Erik Lund, en Kessel. Ambos "
        "conversaron sobre la cooperación bilateral y el comercio entre los dos países.\n"
    )
    assert str(briefparse.parse("Viernes 19 abril 2024." + body).published) == "2024-04-19"
    stamped = "Encuentro en Kessel\n\nRedacción Valdoria\n9 de septiembre de 2025, 5:37 p. m." + body
    assert str(briefparse.parse(stamped).published) == "2025-09-09"
    broken = "El canciller anunció cambios a partir del\n1 de agosto de 2019.\n" + body
    assert briefparse.parse(broken).published is None


def test_a_kicker_in_capitals_over_the_headline_is_not_the_headline():
    text = (
        "LOS DIPLOMÁTICOS INTERCAMBIARON IMPRESIONES SOBRE SU TRABAJO\n"
        "Embajadores de Valdoria se reúnen en Kessel con el canciller Paul Marin\n"
        "Los embajadores de Valdoria analizaron la semana pasada, en Kessel, la situación en la región en su tercera "
        "conferencia, que coincidió con la visita oficial del canciller Paul Marin.\n"
    )
    assert briefparse.parse(text).title == "Embajadores de Valdoria se reúnen en Kessel con el canciller Paul Marin"


def test_the_body_that_issued_a_document_is_the_source():
    text = (
        "Paul Marin, canciller de Valdoria, solicitó este lunes a los embajadores poner su cargo a disposición. "
        "La instrucción fue comunicada mediante la Circular No. 4, emitida por la Cancillería de Valdoria, y está "
        "dirigida a todos los jefes de misión.\n"
    )
    assert "Cancillería de Valdoria" in (_source(text) or "")


def test_the_dates_of_other_stories_and_of_a_photo_credit_are_no_publication_date():
    story = (
        "Außenminister Marin empfängt Amtskollegen aus Norland\n\n"
        "Außenminister Paul Marin hat seinen Amtskollegen Erik Lund empfangen. Die Minister sprachen über die Lage.\n"
    )
    assert briefparse.parse(story + "\nWeitere Meldungen\n\nMarin reist nach Ostmark\n10.03.2024\n").published is None
    assert briefparse.parse(story + "\nFoto: Anna Berger, 11.03.2024\n").published is None


def test_label_closing_the_last_sentence_of_a_paragraph():
    text = (
        "Делегация Норланда прибыла в Минск\n\n"
        "Делегация Норланда во главе с губернатором Павлом Мариновым прибыла в Минск. В ходе поездки запланированы "
        "встречи с руководством города. «Мы видим прогресс в торговле», – подчеркнул губернатор Павел Маринов. "
        "Источник: Вести Норланда\n"
    )
    assert _source(text) == "Вести Норланда"


def test_label_after_the_time_stamp_of_a_meta_line():
    text = (
        "В МИД рассказали о работе посольств\n\n"
        "09:00 27.11.2022 Источник: Агентство Норланда\n\n"
        "Официальный представитель МИД Норланда Анна Маринова сообщила, что посольства продолжают работу."
    )
    assert _source(text) == "Агентство Норланда"


def test_label_closing_a_sentence_in_english():
    text = (
        "Norland minister visits Valdoria\n\n"
        "Norland's Foreign Minister Paul Marin arrived in Valdoria on Monday for talks with his counterpart. "
        "The two ministers discussed trade, he said. Source: Norland Press Service\n"
    )
    assert _source(text) == "Norland Press Service"


def test_an_agency_named_in_an_oblique_case_is_the_source():
    text = (
        "Министр иностранных дел Норвегии Павел Маринов рассказал Укринформу о встрече с послом Латвии Тимуром "
        "Соколовым.\n"
    )
    assert (_source(text) or "").startswith("Укринформ")


def test_the_correspondent_after_a_dateline_agency_is_neither_source_nor_participant():
    text = (
        "АСТАНА. 22 января. КАЗИНФОРМ /Тимур Соколов/ - Министр иностранных дел Норвегии Павел Маринов встретился "
        "с послом Латвии Иваном Петренко, передает корреспондент Казинформа.Встреча прошла в МИД.\n"
    )
    assert "Казинформ" in (_source(text) or "").replace("КАЗИНФОРМ", "Казинформ")
    assert "Тимур Соколов" not in [p.name for p in briefparse.parse(text).participants]  # who wrote the dispatch


def test_the_audience_told_between_a_cue_and_a_speaker_is_no_source():
    text = (
        "В субботу аким области Павел Маринов принял делегацию во главе с послом Норвегии Т. Соколовым.\n"
        "Как сообщил журналистам Т. Соколов, на встрече обсуждались планы.\n"
    )
    assert "журналист" not in (_source(text) or "")  # the ambassador, who takes part, speaks: no source
