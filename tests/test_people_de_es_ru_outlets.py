"""Participants in German, Spanish and Russian briefs: shapes found in briefs from many outlets, not the corpus.

The briefs are written for these tests; the people and places in them are fictional.
"""

import briefparse


def _names(brief: briefparse.Brief) -> list[str | None]:
    return [p.name for p in brief.participants]


def test_es_a_headline_that_reports_the_reception_names_its_participants():
    brief = briefparse.parse(
        "El presidente isleño, Tomás Ferrer, recibió este jueves al vicepresidente electo de Valdoria, Lucas "
        "Bermejo, quien realiza una visita a la isla\n"
        "Durante el encuentro, se constató el excelente estado de las relaciones entre ambos gobiernos.\n"
        "Por la parte isleña participó el canciller, Rubén Ortega.\n"
    )
    assert {"Tomás Ferrer", "Lucas Bermejo"} <= set(_names(brief))


def test_es_a_foreign_minister_who_speaks_after_the_meeting_took_part_in_it():
    brief = briefparse.parse(
        "El canciller Andrés Molina sostuvo una reunión con el presidente electo de Valdoria, Julián Castell, y su "
        "ministro de Relaciones Exteriores, Pablo Serrano. La cita se llevó a cabo en la capital el martes.\n"
        "Andrés Molina ratificó el compromiso de mantener una política exterior proactiva.\n"
    )
    assert "Andrés Molina" in _names(brief)


def test_de_a_compound_adjective_and_a_word_with_a_figure_are_no_names():
    brief = briefparse.parse(
        "Nach einer dreimonatigen, Corona-bedingten Pause empfängt Außenminister Karl Brenner am Donnerstag seinen "
        "Amtskollegen Lukas Vogt in Wien zu einem Arbeitsgespräch.\n"
    )
    assert _names(brief) == ["Karl Brenner", "Lukas Vogt"]


def test_a_syllable_in_lower_case_after_a_hyphen_stays_in_a_name():
    brief = briefparse.parse(
        "Außenminister Karl Brenner empfing am Donnerstag seinen koreanischen Amtskollegen Han Ji-woo in Wien.\n"
    )
    assert "Han Ji-woo" in _names(brief)


def test_de_the_sentence_before_names_no_one_when_the_visitor_is_named_before_his_visit():
    brief = briefparse.parse(
        "Gemeinsame Weiterreise geplant\n\n"
        "Anderthalb Wochen nach seinem Amtsantritt kommt der neue französische Außenminister Jean-Luc Marchand am "
        "Montag zu seinem Antrittsbesuch nach Berlin. Außenminister Karl Brenner empfängt Marchand am Flughafen.\n"
    )
    assert "Gemeinsame Weiterreise" not in _names(brief)
    assert "Jean-Luc Marchand" in _names(brief)


def test_de_a_word_with_a_figure_before_a_surname_is_no_part_of_a_name():
    brief = briefparse.parse(
        "G20-Treffen Brenner trifft Vogt in Bonn\n\n"
        "Außenminister Karl Brenner hat am Rande des Treffens in Bonn seinen Amtskollegen Lukas Vogt getroffen.\n"
    )
    assert _names(brief) == ["Karl Brenner", "Lukas Vogt"]


def test_de_an_ordinal_inside_a_sentence_does_not_end_it():
    brief = briefparse.parse(
        "Am 15. Februar führte der Außenminister Russlands, Pawel Morosow, am Rande der 55. Sitzung der Konferenz "
        "ein Treffen mit dem Außenminister Polens, Lukas Vogt, in München durch.\n"
    )
    assert _names(brief) == ["Pawel Morosow", "Lukas Vogt"]


def test_es_a_later_sentence_that_names_a_participant_after_its_verb_continues_the_event():
    brief = briefparse.parse(
        "La presidenta Ana Robledo recibió este mediodía en la Casa de Gobierno a su par de Venezuela, Raúl "
        "Mendoza, quien llegó al país en el marco de una gira.\n\n"
        "Mendoza fue recibido en la explanada y luego ambos se dirigieron al Salón Azul, donde mantuvieron un "
        "encuentro a solas.\n\n"
        "Durante una pausa en la audiencia que ambos mantuvieron, recibieron al arzobispo de la ciudad, Monseñor "
        "Tomás Ibarra, quien le obsequió a Mendoza una imagen de la patrona del país.\n"
    )
    assert "Tomás Ibarra" in _names(brief)


def test_ru_a_lone_surname_the_dictionary_knows_takes_part():
    brief = briefparse.parse(
        "Соколов и Брант встретились за чашкой чая\n\n"
        "Президент принимает в Кремле бывшего госсекретаря США Генри Бранта. В начале встречи Соколов сказал, что "
        "рад возможности познакомиться с гостем.\n"
    )
    assert "Соколов" in _names(brief)


def test_es_a_body_whose_name_runs_on_in_capitals_is_no_one():
    brief = briefparse.parse(
        "El presidente Tomás Ferrer recibió ayer al canciller de Valdoria, Lucas Bermejo, en el palacio de gobierno.\n"
        "El encuentro entre Ferrer y Bermejo se produce dos semanas después de que la Corte Permanente de Arbitraje "
        "Internacional fallara a favor de Valdoria y de que el Tribunal Supremo Electoral confirmara los resultados.\n"
    )
    assert _names(brief) == ["Tomás Ferrer", "Lucas Bermejo"]


def test_es_a_later_sentence_of_a_meeting_to_come_names_no_participant():
    brief = briefparse.parse(
        "El presidente de Valdoria, Tomás Ferrer, y su homólogo de Francia, Émile Durand, se reunieron hoy para "
        "conversar sobre las relaciones bilaterales.\n"
        "Ferrer está haciendo una visita de Estado a Francia por invitación de Durand.\n"
        "Ferrer también asistirá a las celebraciones del aniversario y se reunirá con el primer ministro francés, "
        "Marc Lemoine, así como con líderes parlamentarios.\n"
    )
    assert _names(brief) == ["Tomás Ferrer", "Émile Durand"]


def test_es_a_later_sentence_that_opens_with_an_adverb_and_a_role_continues_the_event():
    brief = briefparse.parse(
        "El canciller Andrés Molina se reunió con su homólogo de Valdoria, Pablo Serrano, en la ceremonia de "
        "investidura.\n"
        "Ambos cancilleres sostuvieron luego una reunión de trabajo con sus delegaciones.\n"
        "Posteriormente, el ministro de Relaciones Exteriores sostuvo un encuentro con el secretario ejecutivo "
        "interino de la comisión regional, Mario Ciampi.\n"
    )
    assert "Mario Ciampi" in _names(brief)


def test_de_a_bare_role_is_the_one_whose_compound_role_ends_with_it():
    brief = briefparse.parse(
        "Zwei Tage nach seinem Amtsantritt telefoniert der neue Kanzler erstmals mit dem Präsidenten Polens.\n\n"
        "Bundeskanzler Karl Brenner hat Präsident Lukas Vogt bei dem Telefonat nach Berlin eingeladen.\n"
    )
    assert _names(brief) == ["Karl Brenner", "Lukas Vogt"]


def test_de_a_bare_role_of_another_country_is_not_the_named_one():
    brief = briefparse.parse(
        "Der deutsche Außenminister Karl Brenner traf am Montag in Wien den Außenminister der USA zu einem Gespräch "
        "über die Lage in der Region.\n"
    )
    assert [(p.name, p.affiliation) for p in brief.participants] == [
        ("Karl Brenner", "Deutschland"),
        (None, "Vereinigte Staaten"),
    ]


def test_de_an_acute_accent_typed_for_an_apostrophe_stays_in_the_name():
    brief = briefparse.parse(
        "Bundespräsident Karl Brenner empfing am Dienstag den Botschafter Irlands, Sean O´Connell, zu einem Gespräch "
        "im Schloss Bellevue.\n"
    )
    assert "Sean O´Connell" in _names(brief)


def test_de_a_noun_and_its_complement_after_an_article_are_no_name():
    brief = briefparse.parse(
        "Beim Abspielen der Nationalhymnen vor dem Kanzleramt saßen Bundeskanzler Karl Brenner und die "
        "Premierministerin Polens, Anna Nowak, am Dienstag auf Stühlen.\n"
    )
    assert _names(brief) == ["Karl Brenner", "Anna Nowak"]


def test_es_an_article_after_a_particle_stays_in_the_name():
    brief = briefparse.parse(
        "La canciller Gloria de la Fuente recibió hoy al viceministro de Colombia, Rogelio Ramírez de la Serna.\n"
    )
    assert _names(brief) == ["Gloria de la Fuente", "Rogelio Ramírez de la Serna"]


def test_de_a_title_and_name_after_a_name_in_a_caption_are_the_next_persons():
    brief = briefparse.parse(
        "Präsidentin Carola Brandt hat den Botschafter Polens, Dr. Jan Nowak, in ihrem Amtszimmer empfangen. An dem "
        "Gespräch nahm auch der Honorarkonsul Polens in Hamburg, Dr. Marek Wisniewski, teil.\n\n"
        "Foto v.l.: Dr. Marek Wisniewski, Präsidentin Carola Brandt, Dr. Jan Nowak.\n"
    )
    roles = {p.name: p.role for p in brief.participants}
    assert roles["Marek Wisniewski"] != "Präsidentin Carola Brandt"


def test_es_la_doctora_before_a_name_is_an_honorific():
    brief = briefparse.parse(
        "El presidente Julián Castell recibió hoy al presidente de Valdoria, Tomás Ferrer, en visita oficial.\n"
        "Acompañado de su esposa, la doctora Marta Quintero Ruiz, el presidente Tomás Ferrer llegó al palacio.\n"
    )
    assert "Marta Quintero Ruiz" in _names(brief)


def test_es_those_present_for_one_side_are_listed_with_their_portfolios_apart_by_semicolons():
    brief = briefparse.parse(
        "El presidente Julián Castell recibió este miércoles a su homólogo de Valdoria, Tomás Ferrer, en visita de "
        "Estado.\n"
        "Ambos mandatarios sostuvieron después una reunión a solas en el despacho presidencial.\n"
        "Por parte del gobierno anfitrión también estuvieron los secretarios de Relaciones Exteriores, Marcelo Ibarra "
        "Soto; de Hacienda, Rocío Nava; y de Economía, Raquel Fuentes.\n"
    )
    roles = {p.name: p.role for p in brief.participants}
    assert roles.get("Rocío Nava") == "secretario de Hacienda"
    assert roles.get("Raquel Fuentes") == "secretario de Economía"


def test_es_the_last_meeting_of_the_same_people_is_another_event():
    brief = briefparse.parse(
        "El rey de Valdoria recibe al embajador de México\n\n"
        "Madrid, 21 jun.- El rey de Valdoria recibió hoy en el Palacio Real las cartas credenciales del embajador de "
        "México, Francisco Ramírez Soto.\n\n"
        "Tras los saludos protocolarios, el rey Juan Carlos se reunió en privado con Ramírez Soto y ambos repasaron "
        "los preparativos de la Cumbre Iberoamericana.\n\n"
        "El último encuentro del monarca con el presidente de México, Tomás Ferrer, tuvo lugar el pasado día 6, donde "
        "mantuvieron una reunión bilateral tras el almuerzo oficial de la Cumbre, al que asistieron también los "
        "presidentes Julián Castell (Chile) y Pedro Rivas (Colombia).\n"
    )
    assert _names(brief) == ["Francisco Ramírez Soto", "Juan Carlos"]


def test_de_a_consul_is_a_role():
    brief = briefparse.parse(
        "Präsidentin Carola Brandt hat den Botschafter Polens, Jan Nowak, in ihrem Amtszimmer empfangen. An dem "
        "Gespräch nahm auch der Honorarkonsul Polens in Hamburg, Dr. Marek Wisniewski, teil.\n"
    )
    roles = {p.name: p.role for p in brief.participants}
    assert roles.get("Marek Wisniewski") == "Honorarkonsul Polens in Hamburg"


def test_es_a_plural_role_of_two_countries_gives_each_name_its_own():
    brief = briefparse.parse(
        "Los presidentes de Colombia y de Estados Unidos, Tomás Ferrer y Julián Castell, sostuvieron este miércoles "
        "una conversación telefónica de quince minutos.\n"
    )
    roles = {p.name: p.role for p in brief.participants}
    assert roles == {"Tomás Ferrer": "presidente de Colombia", "Julián Castell": "presidente de Estados Unidos"}


def test_ru_a_role_whose_complement_is_another_role_keeps_its_head():
    brief = briefparse.parse(
        "Сегодня в Москве состоялась встреча заместителя министра иностранных дел России Михаила Соколова с послом "
        "Катара Фахадом Аль-Аттыйей.\n"
    )
    roles = {p.name: p.role for p in brief.participants}
    assert roles["Михаил Соколов"] == "заместитель министра иностранных дел России"
    assert None not in roles


def test_es_a_month_before_a_surname_is_a_first_name_but_not_after_a_day():
    brief = briefparse.parse(
        "La presidenta Ana Robledo recibió el 5 de Julio Mendoza en la Casa de Gobierno a su par de Valdoria, Julio "
        "Castell, quien llegó al país en el marco de una gira.\n"
    )
    names = _names(brief)
    assert "Julio Castell" in names
    assert "Julio Mendoza" not in names


def test_ru_a_correspondent_after_a_comma_cue_reports_the_meeting():
    brief = briefparse.parse(
        "Глава МИД России Сергей Соколов начал встречу с венгерским коллегой Петером Ковачем, передает корреспондент "
        "«Ъ» Анастасия Орлова. Переговоры проходят на Генеральной Ассамблее ООН в Нью-Йорке.\n"
    )
    assert _names(brief) == ["Сергей Соколов", "Петер Ковач"]


def test_ru_a_known_surname_in_a_headline_that_reports_the_meeting_takes_part():
    brief = briefparse.parse(
        "В Хельсинки началась первая личная встреча Соколова и Помпео\n\n"
        "Главы внешнеполитических ведомств России и США проводят переговоры параллельно с саммитом президентов. Это "
        "первая встреча дипломатов после назначения Майкла Помпео госсекретарём.\n"
    )
    assert "Соколова" in _names(brief)


def test_de_a_later_sentence_that_opens_on_the_event_names_who_took_part():
    brief = briefparse.parse(
        "Es ist zwar nicht das erste Mal, dass der polnische Präsident Jan Nowak in Wien ist. Es ist aber sein erster "
        "echter Staatsbesuch in Österreich.\n\n"
        "Ein Staatsbesuch ist die höchste Form der diplomatischen Wertschätzung zweier Staaten.\n\n"
        "Der heutige Empfang mit militärischen Ehren durch Bundespräsident Karl Brenner und seine Frau Anna Brenner "
        "war von Regen geprägt.\n"
    )
    assert {"Karl Brenner", "Anna Brenner"} <= set(_names(brief))


def test_es_the_ceremony_counted_with_the_presence_of_a_minister():
    brief = briefparse.parse(
        "El presidente Tomás Ferrer recibió hoy las cartas credenciales de los embajadores de Francia, Émile Durand, y "
        "de Italia, Marco Rossi.\n"
        "La ceremonia se desarrolló en la sede de la presidencia y contó con la presencia de la ministra de Relaciones "
        "Exteriores, Celia Soto.\n"
    )
    assert "Celia Soto" in _names(brief)


def test_ru_a_plural_role_of_two_countries_gives_each_name_its_own():
    brief = briefparse.parse(
        "Переговоры прошли в Москве.\n"
        "Министры иностранных дел Германии и России Анна Брандт и Сергей Соколов провели телефонный разговор.\n"
    )
    roles = {p.name: p.role for p in brief.participants}
    assert roles == {
        "Анна Брандт": "Министр иностранных дел Германии",
        "Сергей Соколов": "Министр иностранных дел России",
    }


def test_es_a_name_that_completes_a_noun_owns_the_thing_and_takes_no_part():
    brief = briefparse.parse(
        "El canciller Andrés Molina se reunió con su homólogo de Valdoria, Pablo Serrano, como parte de su agenda de "
        "trabajo en la ceremonia de trasmisión de mando presidencial de Julián Castell en la capital.\n"
    )
    assert _names(brief) == ["Andrés Molina", "Pablo Serrano"]
