"""Event dates and publication stamps in shapes met on real pages: a lead that recalls an earlier call, a day to
come told in passing, a title's weekday the lead writes in full, a stamp whose month runs into its year.

Every brief here is invented for the test.
"""

import datetime as dt

import briefparse


def parse(text: str, reference: dt.date | None = None) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=reference)


def test_a_weekday_marked_as_past_is_the_call_the_lead_recalls_not_the_day_it_reports():
    text = (
        "Marin, l'appel téléphonique à Kessler et les divergences\n\n"
        "PORTA NOVA - Le président valdorien Paul Marin a refusé mardi de commenter son entretien téléphonique de "
        "jeudi dernier avec le président norlandais Erik Kessler, jugé tendu par la presse norlandaise.\n\n"
        "Il a assuré que les divergences n'enlevaient rien à l'amitié entre les deux pays."
    )
    assert parse(text, dt.date(2024, 3, 12)).date == "2024-03-12"


def test_an_announcement_made_today_is_dated_by_its_day_not_by_the_past_call_it_follows():
    text = (
        "La presidenta de Valdoria, Ana Marín, anunció este lunes que el canciller valdoriano, Luis Ortega, y el "
        "embajador norlandés en el país, Erik Lund, se reunirán pronto para dar seguimiento a temas bilaterales, tras "
        "la llamada que sostuvo el viernes pasado con su homólogo de Norlandia, Erik Kessler.\n\n"
        "“Se va a reunir el canciller con el embajador de Norlandia”, dijo la gobernante durante su conferencia."
    )
    assert parse(text, dt.date(2024, 10, 7)).date == "2024-10-07"


def test_a_day_to_come_told_in_passing_does_not_date_the_brief_of_its_publication_day():
    text = (
        "Politique valdorienne\n"
        "Marin préside le conseil des ministres\n"
        "(Photo: AFP)\n"
        "C'est en vertu de l'article 21 de la Constitution que le Premier ministre Paul Marin remplace le président de "
        "la République. Pour autant, le président a passé une heure à préparer la réunion avec Paul Marin à "
        "l'hôpital.\n"
        "Ce rendez-vous a bien failli mettre en retard le Premier ministre, qui arrive deux minutes avant l'heure.\n"
        "«Ambiance studieuse», selon Léa Dubois, la porte-parole du gouvernement. Rien d'extraordinaire dans le "
        "contenu de ce conseil des ministres.\n"
        "Mercredi prochain, si tout va bien, le conseil des ministres devrait retrouver les lambris du palais.\n"
        "par Léa Dubois\n"
        "Article publié le 07/09/2005 Dernière mise à jour le 07/09/2005 à 16:34 TU\n"
    )
    brief = parse(text)
    assert brief.published == "2005-09-07"
    assert brief.date == "2005-09-07"


def test_a_title_s_weekday_is_the_day_the_lead_writes_in_full_not_one_after_a_page_s_date_widget():
    text = (
        "martes, abril 30, 2024\n\n"
        "Marín tendrá llamada con Kessler este jueves\n\n"
        "PORTA NOVA.— La presidenta de Valdoria, Ana Marín, adelantó que este jueves 21 de diciembre tendrá una "
        "llamada "
        "telefónica con su homólogo de Norlandia, Erik Kessler, a petición del mandatario norlandés.\n\n"
        "Durante la conferencia de este jueves, la mandataria detalló que el contacto telefónico será a las 9:00 "
        "horas."
    )
    brief = parse(text)
    assert brief.date == "2023-12-21"
    assert brief.published is None


def test_a_stamp_whose_abbreviated_month_runs_into_its_year_is_read_whole():
    text = (
        "Marin soll in Porta Nova nach einem Gespräch mit dem Staatschef auch an einer Sitzung des norlandischen "
        "Kabinetts teilnehmen.\n\n"
        "Später steht für Marin eine Rede vor den Botschaftern Norlands auf dem Programm.\n\n"
        "von dpa\n\n"
        "erstellt am 30.Aug.2017 | 11:43 Uhr\n"
    )
    brief = parse(text)
    assert brief.published == "2017-08-30"
    assert brief.date == "2017-08-30"


def test_the_line_right_above_the_page_s_date_stamp_is_the_headline_not_the_welcome_line_over_it():
    text = (
        "Willkommen auf den Seiten des Außenministeriums von Valdorien\n\n"
        "Premiere: Norlands Außenminister im Kabinett von Valdorien\n\n"
        "14.10.2014 - Pressemitteilung\n\n"
        "Außenminister Paul Marin empfängt am Mittwoch, den 15. Oktober seinen norländischen Amtskollegen Erik Lund "
        "in Porta Nova. Die beiden Minister werden am Vormittag gemeinsam an der Sitzung des Kabinetts teilnehmen.\n"
    )
    assert parse(text).title == "Premiere: Norlands Außenminister im Kabinett von Valdorien"


def test_a_kicker_ending_with_a_colon_is_not_the_headline_above_its_date_line():
    text = (
        "Dólar Obs: $ 974,97 | -1,02%\n"
        "Cita en el Palacio de Porta Nova:\n\n"
        "Gobierno excluye de saludo diplomático al embajador de Norlandia en Valdoria\n\n"
        "miércoles, 23 de enero de 2019\n\n"
        "Política\n\n"
        "Pasado el mediodía de ayer, la presidenta Ana Marín, junto al canciller Luis Ortega, recibió en el Palacio "
        "de Porta Nova al cuerpo diplomático de embajadores acreditados en la capital.\n"
    )
    brief = parse(text)
    assert brief.title == "Gobierno excluye de saludo diplomático al embajador de Norlandia en Valdoria"
    assert brief.date == "2019-01-22"


def test_a_headline_that_asks_a_question_before_its_news_is_still_the_headline():
    text = (
        "¿Se acabó la pausa? Canciller valdoriano se reunirá con el embajador de Norlandia\n\n"
        "0\n12\n\n"
        "La presidenta de Valdoria, Ana Marín, anunció este lunes que el canciller Luis Ortega y el embajador "
        "norlandés Erik Lund se reunirán pronto para dar seguimiento a temas bilaterales.\n"
    )
    brief = parse(text, dt.date(2024, 10, 7))
    assert brief.title == "¿Se acabó la pausa? Canciller valdoriano se reunirá con el embajador de Norlandia"


def test_a_date_widget_between_the_menu_s_links_run_two_to_a_line_is_no_stamp_and_no_anchor():
    text = (
        "Menu\nSearch\nJeudi 28 Mars 2024\nS'abonner\nclose\n\n"
        "Le roi reçoit plusieurs ambassadeurs étrangers\n\n"
        "Le roi Paul Marin a reçu, mercredi à la résidence royale de Porta Nova, plusieurs ambassadeurs étrangers "
        "venus lui présenter leurs lettres de créance, dont Erik Lund, ambassadeur de Norlande.\n"
    )
    brief = parse(text)
    assert brief.published is None
    assert brief.date is None


def test_a_dateline_without_its_year_takes_the_year_of_the_weekday_its_own_sentence_names():
    text = (
        "Porta Nova, 18 nov (EFE).- Los cancilleres de Valdoria, Luis Ortega, y de Norlandia, Erik Lund, se reunieron "
        "este martes en Porta Nova para abordar asuntos de la agenda bilateral, informaron fuentes oficiales.\n\n"
        "Ortega recibió a Lund en el Palacio San Martín, sede de la Cancillería valdoriana.\n\n"
        "El de este jueves es el primer encuentro de ambos cancilleres desde que Ortega asumió el pasado 28 de "
        "octubre. EFE\n"
    )
    brief = parse(text)
    today = dt.date.today()
    tuesdays = [dt.date(y, 11, 18) for y in range(today.year - 10, today.year + 1)]
    latest = max(d for d in tuesdays if d.weekday() == 1 and d <= today)  # the weekday fixes the year, as of today
    assert brief.date == brief.published == latest.isoformat()


def test_today_before_a_verb_in_the_future_is_the_call_s_day_not_the_day_it_was_reported():
    text = (
        "La presidenta Ana Marín informó que hoy tendrá una llamada telefónica con Erik Kessler, luego de que ayer su "
        "homólogo de Norlandia solicitó comunicarse con ella.\n\n"
        "La mandataria adelantó que la llamada entre ambos está programada para las 09:00 horas de hoy.\n"
    )
    assert parse(text, dt.date(2023, 12, 21)).date == "2023-12-21"
