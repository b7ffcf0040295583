"""Participants and roles in German, Spanish and Russian briefs: shapes seen across many outlets.

The briefs are written for these tests; the people in them are fictional.
"""

import briefparse


def _names(brief: briefparse.Brief) -> list[str | None]:
    return [p.name for p in brief.participants]


def _role(brief: briefparse.Brief, name: str) -> str | None:
    found = [p for p in brief.participants if p.name == name]
    assert len(found) == 1, _names(brief)
    return found[0].role


# ---------------------------------------------------------------- Russian


def test_ru_a_place_before_a_name_is_not_part_of_it():
    brief = briefparse.parse(
        "Губернатор Таежного края Игорь Верхов провел рабочую встречу с руководителем отделения посольства "
        "в Хабаровске Валерием Стрельцовым. Стороны обсудили вопросы сотрудничества.\n"
    )
    assert "Валерий Стрельцов" in _names(brief)
    assert not any(n and "Хабаровск" in n for n in _names(brief))


def test_ru_a_region_adjective_after_a_role_is_no_one():
    brief = briefparse.parse(
        "Губернатор Астраханской области Игорь Верхов встретился с послом Монголии Батом Эрдэнэ. "
        "Глава Воронежской области также принял посла.\n"
    )
    assert "Игорь Верхов" in _names(brief)
    assert not any(n and ("Астраханск" in n or "Воронежск" in n) for n in _names(brief))


def test_ru_a_building_of_common_words_is_no_one():
    brief = briefparse.parse(
        "Президент Игорь Верхов провел в Минске переговоры со спецпосланником Джоном Уолтерсом. "
        "Встреча состоялась во Дворце Независимости.\n"
    )
    assert _names(brief) == ["Игорь Верхов", "Джон Уолтерс"]


def test_ru_initials_before_a_surname_stay_and_the_surname_is_put_in_the_nominative():
    brief = briefparse.parse(
        "21 августа состоялась встреча министра иностранных дел России С.В.Лаврова с губернатором "
        "Таежной области И.Ю.Верховым. Стороны обсудили перспективы сотрудничества.\n"
    )
    assert "С.В.Лавров" in _names(brief)
    assert "И.Ю.Верхов" in _names(brief)


# ---------------------------------------------------------------- German


def test_de_a_noun_after_an_article_in_a_capitalised_run_is_no_name():
    brief = briefparse.parse(
        "Außenminister Jonas Wendt hat heute mit seinem ukrainischen Amtskollegen Pawlo Sirenko telefoniert.\n\n"
        "Im Mittelpunkt der Beratungen stand die Lage im Osten des Landes. Viele Ihrer Landsleute sind betroffen.\n"
    )
    assert _names(brief) == ["Jonas Wendt", "Pawlo Sirenko"]


def test_de_adjectives_between_an_article_and_a_noun_leave_the_noun_out_of_a_name():
    brief = briefparse.parse(
        "Kurztrip nach Ljubljana: Wendt besucht Präsident Kranjc\n\n"
        "MÜNCHEN (lby) Am Donnerstag will der bayerische Ministerpräsident die slowenische Hauptstadt Ljubljana "
        "besuchen. Auf dem Programm stehen Gespräche mit Staatspräsident Borut Kranjc.\n"
    )
    everyone = [p.name for p in (*brief.participants, *brief.people_mentioned)]
    assert not any(n and "Hauptstadt" in n for n in everyone)


# ---------------------------------------------------------------- former offices, first names


def test_es_a_country_s_name_as_a_first_name_stays_in_the_name():
    brief = briefparse.parse(
        "El presidente Mauricio Valdés se reunió hoy con el rey Felipe VI en el Palacio de la Zarzuela de Madrid.\n"
    )
    assert "Mauricio Valdés" in _names(brief)
    assert _role(brief, "Mauricio Valdés") == "presidente"


def test_es_a_former_office_does_not_make_the_participant_a_mere_mention():
    brief = briefparse.parse(
        "Aproximadamente a las 11:13 inició la esperada reunión entre el expresidente Álvaro Quintero "
        "y el presidente electo Gustavo Pardo. El encuentro se lleva a cabo en Bogotá.\n"
    )
    assert _names(brief) == ["Álvaro Quintero", "Gustavo Pardo"]


def test_de_a_former_office_does_not_make_the_participant_a_mere_mention():
    brief = briefparse.parse(
        "BERLIN (Dow Jones)--Bundeskanzlerin Anna Berger empfängt am Freitagnachmittag den früheren "
        "amerikanischen Präsidenten Thomas Whitfield im Kanzleramt zu einem vertraulichen Gespräch.\n"
    )
    assert _names(brief) == ["Anna Berger", "Thomas Whitfield"]


def test_ru_a_former_office_does_not_make_the_participant_a_mere_mention():
    brief = briefparse.parse(
        "Бывший премьер-министр Игорь Верхов и новый глава правительства Олег Стрельцов в ходе личной встречи "
        "17 января обсуждали функционирование кабинета министров.\n"
    )
    assert _names(brief) == ["Игорь Верхов", "Олег Стрельцов"]


def test_es_a_mention_cue_governs_only_the_name_right_after_it():
    brief = briefparse.parse(
        "Canciller Alicia Romero llega a La Habana\n\n"
        "Alicia Romero, titular de la Secretaría de Relaciones Exteriores, realiza este viernes una visita de "
        "trabajo a La Habana. En representación del presidente Andrés Molina, Alicia Romero es recibida por el "
        "mandatario cubano, Miguel Duarte, y por el canciller Bruno Ferrer, en el Palacio de las Convenciones.\n"
    )
    assert {"Alicia Romero", "Miguel Duarte", "Bruno Ferrer"} <= set(_names(brief))
    assert "Andrés Molina" not in _names(brief)


# ---------------------------------------------------------------- roles, who is present, what went before


def test_ru_a_role_may_end_with_a_place_right_before_its_holder():
    brief = briefparse.parse(
        "Губернатор Игорь Верхов провел рабочую встречу с Чрезвычайным и Полномочным Послом Монголии в России "
        "Олегом Стрельцовым. Стороны обсудили сотрудничество.\n"
    )
    assert (_role(brief, "Олег Стрельцов") or "").endswith("Посол Монголии в России")  # given in the nominative


def test_ru_earlier_talks_after_a_reminder_are_background():
    brief = briefparse.parse(
        "Министр иностранных дел Игорь Верхов провел переговоры с главой МИД Турции Каном Озтюрком.\n\n"
        "Отметим, 23 января министр провел переговоры со своим коллегой из Ирана Хосейном Ранджбаром.\n"
    )
    assert _names(brief) == ["Игорь Верхов", "Кан Озтюрк"]


def test_es_people_said_to_be_present_take_part_even_without_a_role():
    brief = briefparse.parse(
        "Ortega encabeza consejo de ministros desde Nueva York\n\n"
        "El presidente Luis Ortega encabeza un consejo de ministros de forma virtual, tras su arribo a Nueva York "
        "el pasado sábado, para participar en la Asamblea General de las Naciones Unidas.\n\n"
        "El cónclave se realiza en el salón de consejo de la Casa de Gobierno a puerta cerrada.\n\n"
        "Junto al mandatario participan de forma presencial los ministros de Relaciones Exteriores, Roberto "
        "Alvear; Administrativo de la Presidencia, José Pardo; de Industria y Comercio, Víctor Mena; y la "
        "embajadora en Washington, Sonia Ibarra.\n"
    )
    assert {"Luis Ortega", "Roberto Alvear", "José Pardo", "Víctor Mena", "Sonia Ibarra"} <= set(_names(brief))


def test_es_a_former_office_written_onto_the_role_is_the_role():
    brief = briefparse.parse(
        "El presidente Luis Ortega se reunió este jueves con la exvicepresidenta, Margarita Solís, en el Palacio.\n"
    )
    assert _role(brief, "Margarita Solís") == "exvicepresidenta"


def test_es_a_facility_named_after_someone_is_no_one_even_past_a_link_word():
    brief = briefparse.parse(
        "El presidente de Guinea-Bissau, Umaro Balde, aterrizó este domingo en Venezuela. El mandatario fue "
        "recibido en el Aeropuerto Internacional de Maiquetía Simón Bolívar por el canciller Yván Rojas.\n"
    )
    assert not any(n and "Bolívar" in n for n in _names(brief))


def test_de_a_role_of_several_countries_goes_to_every_name_of_the_list_after_it():
    brief = briefparse.parse(
        "Die Außenminister Russlands und Deutschlands, Sergej Lawrow und Jonas Wendt, haben in ihrem "
        "Telefongespräch am Donnerstag vereinbart, eine Videokonferenz vorzubereiten.\n"
    )
    assert _role(brief, "Jonas Wendt") == "Außenminister Russlands und Deutschlands"


def test_es_a_plural_role_goes_to_every_name_of_the_list_after_it():
    brief = briefparse.parse(
        "Los ministros de Relaciones Exteriores, Rosa Vidal, de Colombia, y Elmer Soto, de Perú, se reunieron "
        "este jueves en Bogotá en un ambiente de cordialidad.\n"
    )
    assert _role(brief, "Elmer Soto") == "ministros de Relaciones Exteriores"


def test_de_a_spokesperson_who_reports_a_call_between_two_others_is_no_participant():
    brief = briefparse.parse(
        "Bundeskanzler Jonas Wendt hat am Dienstag sein erstes Telefongespräch als Regierungschef mit dem "
        "türkischen Präsidenten Kemal Aydin geführt. Der Sprecher des Kabinetts, Paul Brandt, erklärte "
        "gegenüber Reportern: «Im Mittelpunkt des Gesprächs standen bilaterale Themen», so Brandt.\n"
    )
    assert _names(brief) == ["Jonas Wendt", "Kemal Aydin"]


def test_ru_an_organisation_before_a_name_is_not_part_of_it():
    brief = briefparse.parse(
        "Шеф Пентагона Джон Уолтерс рассказал министру обороны Таежной республики Олегу Стрельцову о своей "
        "беседе с главой Минобороны России.\n"
    )
    assert "Джон Уолтерс" in _names(brief)


def test_ru_the_press_secretary_who_tells_of_a_call_and_the_dead_are_not_participants():
    brief = briefparse.parse(
        "Президент Игорь Верхов по телефону выразил соболезнования президенту Таежной республики Олегу "
        "Стрельцову в связи с кончиной космонавта Алексея Леонтьева, сообщил журналистам пресс-секретарь "
        "российского лидера Дмитрий Пескарев.\n"
    )
    assert _names(brief) == ["Игорь Верхов", "Олег Стрельцов"]


def test_de_a_name_then_von_and_a_title_are_two_people():
    brief = briefparse.parse(
        "Den Haag (dpa) - Am Freitag wird Ministerpräsident Jonas Wendt von König Willem-Alexander in Den Haag "
        "empfangen.\n"
    )
    assert {"Jonas Wendt", "Willem-Alexander"} <= set(_names(brief))


def test_es_a_role_in_the_plural_with_es_is_no_name():
    brief = briefparse.parse(
        "El presidente Mauricio Valdés recibió hoy en la Casa de Gobierno a su par de Francia, Emile Durand, en la "
        "jornada previa a la Cumbre de Líderes del G20, que comienza mañana en la ciudad de Buenos Aires.\n"
    )
    assert not any(n and "Líderes" in n for n in _names(brief))
