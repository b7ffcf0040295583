"""Participants in German, Spanish and Russian briefs: a surname in a list before "и", a headline's surname
and the full name the body gives without a role, a paragraph whose lines break inside the sentence.

The briefs are written for these tests; the people in them are fictional, save a ruler whose name a town bears.
"""

import pytest

import briefparse

TAKING_PART = {
    "a surname before the conjunction is no adjective of it": (
        "Глава государства встретился с коллегами\n\n"
        "ТАШКЕНТ, 3 марта. 2 марта Президент Узбекистана Шавкат Мирзиёев провел встречи с прибывшими с визитом "
        "Президентами Азербайджана Тимуром Карабаевым, Киргизии Русланом Сапаровым и Таджикистана Азизом "
        "Нуралиевым.\n\nВ ходе переговоров стороны рассмотрели вопросы сотрудничества.\n",
        ["Тимур Карабаев", "Руслан Сапаров", "Азиз Нуралиев"],
    ),
    "the full name given without a role replaces the headline's surname": (
        "Соколов провел переговоры в Москве\n\n"
        "Андрей Соколов встретился с Тимуром Карабаевым в Москве. Стороны обсудили торговлю и транспорт.\n",
        ["Андрей Соколов", "Тимур Карабаев"],
    ),
    "a paragraph broken inside its sentence keeps the names its lines split": (
        "Presidenta se reunió con el canciller por el diferendo\n"
        "La mandataria suspendió un viaje para reunirse con el ministro, quien regresó al país.\n"
        "La presidenta Marta Olivares se reunió hoy con el canciller Andrés Molina, quien volvió\n"
        "al país luego de reunirse en Europa con el equipo de juristas\n"
        "internacionales que representará al país en el litigio con su\n"
        "vecino del norte.\n"
        "Al encuentro de trabajo asistieron, además, la ministra Secretaria\n"
        "General de Gobierno, Lucía Serrano, y el Director General de Política\n"
        "Exterior de la Cancillería, Pablo Ferrer Ruiz.\n",
        ["Marta Olivares", "Andrés Molina", "Lucía Serrano", "Pablo Ferrer Ruiz"],
    ),
    "a surname that ends the headline is no province of the role that opens the next line": (
        "Brenner empfängt Lindqvist\n\n"
        "Bundeskanzler Brenner hat am Montag Präsident Lindqvist im Kanzleramt empfangen. Die beiden sprachen über "
        "den Handel.\n",
        ["Brenner", "Lindqvist"],
    ),
    "a name after a title in the nominative stays as written": (
        "Президент принял верительные грамоты\n\n"
        "Президент Беларуси Игорь Смелов принял верительные грамоты послов ряда государств.\n\n"
        "Верительные грамоты вручили Чрезвычайный и Полномочный Посол Японии Такэси Ямамото и Чрезвычайный и "
        "Полномочный Посол Канады Джули Мартен.\n",
        ["Игорь Смелов", "Такэси Ямамото", "Джули Мартен"],
    ),
    "a small town's other name that is a man's name opens no run before it": (
        "Kanzler in Abu Dhabi\n\n"
        "Bundeskanzler Karl Brenner ist am Montag mit dem Präsidenten der Vereinigten Arabischen Emirate, Scheich "
        "Mohammed bin Zayed Al Nahyan, zusammengetroffen. Die beiden sprachen über Energie.\n",
        ["Karl Brenner", "Mohammed bin Zayed Al Nahyan"],
    ),
    "a Chinese surname that is a particle elsewhere opens a name, and a given name may have one letter": (
        "Переговоры в Пекине\n\n"
        "Министр иностранных дел России Андрей Соколов провел переговоры с министром иностранных дел КНР Ван И в "
        "Пекине, а также встретился с заместителем министра Ван Цзюньфэном. Стороны обсудили торговлю.\n",
        ["Андрей Соколов", "Ван И", "Ван Цзюньфэн"],
    ),
    "the group the event names in the plural is listed later, each with a country in brackets": (
        "Nachbarn mit neuem Vorstoß\n\n"
        "In einer Erklärung einigten sich die Außenamtschefs Valdoriens, Ostmarks und Nordlands nach einem Treffen "
        "in Kessel auf ein gemeinsames Vorgehen.\n\n"
        "Das jährliche Treffen fand am Sonntag in Kessel statt. In der Abschlusserklärung sprachen sich Karl Brenner "
        "(Österreich), Lukas Vogt (Deutschland) und Anna Berger (Schweiz) für eine engere Zusammenarbeit aus.\n",
        ["Karl Brenner", "Lukas Vogt", "Anna Berger"],
    ),
    "a portfolio's noun after its adjectives is no first name": (
        "Treffen in Kessel\n\n"
        "Auf Einladung des Ministers für auswärtige und europäische Angelegenheiten Karl Brenner kamen am 3. Juli "
        "die Außenminister Lukas Vogt und Anna Berger in Kessel zusammen. Sie sprachen über Europa.\n",
        ["Karl Brenner", "Lukas Vogt", "Anna Berger"],
    ),
    "a surname alone that the dictionary only guesses, right by the event, takes part in the nominative": (
        "Соколов встретился с Нуралиевым\n\n"
        "Соколов встретился с Нуралиевым в Ташкенте. Министры обсудили транспорт и энергетику в ходе переговоров.\n",
        ["Соколов", "Нуралиев"],
    ),
}


@pytest.mark.parametrize(("text", "expected"), TAKING_PART.values(), ids=TAKING_PART.keys())
def test_they_take_part(text: str, expected: list[str]) -> None:
    names = [p.name for p in briefparse.parse(text).participants]
    assert [n for n in names if n in expected] == expected


def test_a_headline_without_a_full_stop_stays_apart_from_a_broken_paragraph_after_it():
    brief = briefparse.parse(
        "Canciller recibe a su homólogo de Valdoria en la sede del ministerio\n"
        "El canciller Andrés Molina recibió este martes a su homólogo de Valdoria, Lucas\n"
        "Bermejo, con quien abordó la agenda bilateral y los temas de la\n"
        "cooperación en materia de seguridad, comercio y migración de la región\n"
        "andina.\n"
    )
    assert brief.title == "Canciller recibe a su homólogo de Valdoria en la sede del ministerio"


def test_a_byline_joined_under_a_wrapped_headline_is_no_part_of_it():
    brief = briefparse.parse(
        "Lucas Bermejo llega a la sede del Gobierno de Valdoria, donde fue recibido por el presidente Tomás Ferrer\n"
        "Por valdorianoticias\n"
        "Publicado el 9 de enero de 2025.\n"
        "El candidato de la coalición opositora de Valdoria, Lucas Bermejo, llegó\n"
        "este jueves a la sede del Gobierno, donde fue recibido por el presidente\n"
        "Tomás Ferrer, en un acto denominado de apoyo a la democracia en\n"
        "la región. La llegada se produjo a las once de la mañana y de inmediato\n"
        "fue conducido por el jefe de protocolo hacia el interior del edificio.\n"
        "Posteriormente, se llevó a cabo la audiencia privada con el presidente en\n"
        "el Salón Blanco, donde participaron también varios ministros del Gobierno.\n"
    )
    assert brief.title == (
        "Lucas Bermejo llega a la sede del Gobierno de Valdoria, donde fue recibido por el presidente Tomás Ferrer"
    )


def test_a_headline_the_page_glued_to_its_date_and_body_is_read_up_to_the_date():
    brief = briefparse.parse(
        "Столицу посетила делегация Валдории05.04.2023 08:50МОСКВА, 5 апреля. 4 апреля Президент России Игорь "
        "Смелов провел встречу с прибывшей с визитом делегацией во главе с министром Тимуром Карабаевым.\n"
        "В ходе переговоров были обсуждены вопросы сотрудничества.\n"
    )
    assert brief.title == "Столицу посетила делегация Валдории"



def test_de_the_noun_after_a_preposition_and_its_article_in_one_word_is_no_first_name():
    text = (
        "Bundespräsident kondoliert zum Tod von Anna Velden\n\n"
        "Bundespräsident Karl Brenner hat dem Präsidenten Frankreichs, Lukas Velden, zum Tod von Anna Velden "
        "kondoliert. Der Bundespräsident schreibt, er sei tief betroffen.\n"
    )
    found = briefparse.parse(text).model_dump()
    names = {p["name"] for key in ("participants", "people_mentioned") for p in found[key]}
    assert "Anna Velden" in names and "Tod von Anna Velden" not in names
