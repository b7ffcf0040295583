"""Spanish and Russian participants on briefs of the kinds a neutral sample turned up: compound surnames, lists,
names in an oblique case. The briefs are written for these tests; every name in them is invented."""

import briefparse


def _names(text: str) -> list[str]:
    return [p.name for p in briefparse.parse(text).participants if p.name]


def test_surname_with_particle_and_city_stays_whole():
    text = (
        "Madrid, 22 feb.- El rey de Norlandia, Felipe Duarte, recibió este jueves al presidente de Valdoria, "
        "Bernardo Marín de León, en el Palacio Real.\n\nMarín le expuso la situación de su país tras su "
        "primer mes de mandato."
    )
    names = _names(text)
    assert "Bernardo Marín de León" in names and "Marín" not in names  # the short form is the same man


def test_those_who_joined_the_talks_take_part():
    text = (
        "Madrid, 22 feb (EFE).- El rey de España recibió este jueves al nuevo presidente de Valdoria, Bernardo "
        "Marín, al inicio de su primera visita oficial.\n\nA la conversación en el despacho del rey se unieron el "
        "ministro de Relaciones Exteriores de Valdoria, Carlos Ramírez, y, por parte española, la secretaria de "
        "Estado para Iberoamérica, Susana Olmedo.\n\nTras la reunión con el rey, Marín se va a entrevistar con el "
        "jefe del Ejecutivo español."
    )
    names = _names(text)
    assert "Carlos Ramírez" in names and "Susana Olmedo" in names


def test_those_a_head_of_government_took_along_take_part():
    text = (
        "Глава правительства Словении Павел Маринов, отправившийся в Вену, включил в свою делегацию двух своих "
        "заместителей – Дмитрия Соколова и Алексея Орлова, а также министров энергетики и культуры. В Вене "
        "премьер проведет переговоры с президентом Австрии Иваном Петренко."
    )
    names = _names(text)
    assert "Дмитрий Соколов" in names and "Алексей Орлов" in names


def test_given_name_a_nationality_shares_stays_in_the_name():
    text = (
        "Делегацию Курганской области возглавляет губернатор области Олег Миронов. В составе делегации "
        "представители промышленных предприятий, в том числе, заслуженный художник России Герман Сольцев, "
        "секретарь Союза писателей России Виктор Тарасов."
    )
    assert "Герман Сольцев" in _names(text)


def test_spokesman_credited_after_the_outlet_reports_the_visit():
    brief = briefparse.parse(
        "Маринов едет в Вену\n\nМинистр иностранных дел Словении Павел Маринов посетит столицу Австрии с рабочим "
        "визитом 17-18 ноября, сообщает корреспондент The Vienna Post со ссылкой на официального представителя "
        "словенского внешнеполитического ведомства Александра Лукича.\n\n\"Рассчитываем на конструктивный "
        "обмен мнениями с австрийскими партнёрами\", – заявил он на сегодняшнем брифинге."
    )
    assert [p.name for p in brief.participants] == ["Павел Маринов"]
    assert "Александр Лукич" in [p.name for p in brief.people_mentioned]


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_title_begins_past_the_name_of_the_one_met():
    roles = _roles(
        "В ходе встречи с премьер-министром Австрии Иваном Лукичом президент Словении Павел Маринов обсудил "
        "вопросы торговли."
    )
    assert roles["Павел Маринов"] == "президент Словении"


def test_unnamed_title_ends_before_the_light_verb():
    brief = briefparse.parse(
        "Президент Словении провел телефонный разговор с президентом Австрии. Стороны обсудили вопросы торговли."
    )
    assert "Президент Словении" in [p.role for p in brief.participants]


def test_head_of_a_delegation_bears_the_title_after_with():
    roles = _roles("Президент Словении принял в Любляне делегацию Австрии во главе с вице-канцлером Иваном Лукичом.")
    assert roles["Иван Лукич"] == "вице-канцлер"


def test_apposition_keeps_a_given_name_a_place_shares():
    text = (
        "El vicecanciller de Asuntos Multilaterales, Mauricio Paredes Ortuño, se reunió este lunes con el "
        "canciller de Norlandia, Santiago Peña Lozano, en Valdoria."
    )
    names = _names(text)
    assert "Mauricio Paredes Ortuño" in names and "Santiago Peña Lozano" in names


def test_role_holds_a_company_in_guillemets():
    roles = _roles("Президент Словении Павел Маринов принял председателя правления АО «Вальдор-Газ» Ивана Лукича.")
    assert any(role and role.startswith("председатель правления АО «Вальдор-Газ»") for role in roles.values())


def test_venue_before_a_lower_case_title_is_no_part_of_it():
    roles = _roles("Президент Словении Павел Маринов принял в Акорде министра иностранных дел Австрии Ивана Лукича.")
    assert "министр иностранных дел Австрии" in roles.values()
