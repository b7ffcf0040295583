"""Participants in German, Spanish and Russian briefs: shapes found in briefs from many outlets.

The briefs are written for these tests; the people in them are fictional.
"""

import pytest

import briefparse
from briefparse.lang.ru_names import name_in_nominative


def _names(brief: briefparse.Brief) -> list[str | None]:
    return [p.name for p in brief.participants]


def test_ru_both_parts_of_a_compound_first_name_decline():
    assert name_in_nominative("Ахмада-Жомарта Беркутова") == "Ахмад-Жомарт Беркутов"
    assert name_in_nominative("Ахмадом-Жомартом Беркутовым") == "Ахмад-Жомарт Беркутов"
    assert name_in_nominative("Ахмад-Жомарту Беркутову") == "Ахмад-Жомарт Беркутов"


_RU_LEAD = "Глава МИД Сербии Иван Сорокин провел телефонный разговор с госсекретарем США Марком Дилом. "
_ES_LEAD = "El canciller Andrés Molina se reunió este martes con su homólogo de Valdoria, Julián Castell. "


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the parties to a meeting still to come are only mentioned
        (
            _RU_LEAD + "Предметом обсуждения стала подготовка грядущей встречи президента Сербии Петра Громова и "
            "главы Чили Ольги Ласко в Женеве.",
            ["Иван Сорокин", "Марк Дил"],
        ),
        # a trip of last autumn is another event
        (
            _RU_LEAD + "По словам Сорокина, это событие даст толчок связям, подобно тому, как поездка Петра Громова "
            "в Чили осенью прошлого года оживила партнерство.",
            ["Иван Сорокин", "Марк Дил"],
        ),
        # … but the talks to come of a visit the brief reports are the visit's own
        (
            "Президент Чили прибыл в Москву\nПрезидент Чили Марк Дилов прибыл в Москву с официальным визитом. В "
            "аэропорту его встретил вице-премьер Иван Сорокин. Основным событием визита станут предстоящие "
            "переговоры с президентом России Петром Громовым.",
            ["Марк Дилов", "Иван Сорокин", "Пётр Громов"],
        ),
        # the guest of a visit being prepared
        (
            "Новости\nМинистр иностранных дел Сербии Иван Сорокин встретился с послом Чили Марком Дилом. Стороны "
            "обсудили подготовку визита президента Петра Громова.",
            ["Иван Сорокин", "Марк Дил"],
        ),
        (
            "Neues\nAußenministerin Karla Brenner traf am Montag ihren polnischen Amtskollegen Jan Nowak. Beide "
            "Minister besprachen die Vorbereitung des Besuchs von Bundeskanzler Peter Ott in Warschau.",
            ["Karla Brenner", "Jan Nowak"],
        ),
        # the guest of a visit to come
        (
            _ES_LEAD + "Ambos abordaron los preparativos de la próxima visita del presidente Tomás Ferrer a Lima.",
            ["Andrés Molina", "Julián Castell"],
        ),
    ],
)
def test_the_parties_to_another_event_are_only_mentioned(text: str, names: list[str]):
    assert _names(briefparse.parse(text + "\n")) == names


def test_ru_a_lone_surname_takes_the_form_written_without_a_case_ending():
    brief = briefparse.parse(
        "В Вене начались переговоры Сорокина с Дилом\n"
        "Министр иностранных дел Сербии проводит встречу с госсекретарем США Марком Дилом в Вене во вторник. "
        "Сорокин и Дил пожали друг другу руки и направились в зал переговоров.\n"
    )
    assert "Сорокин" in _names(brief)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an official spokeswoman who tells of the meeting does not take part
        (
            "Глава МИД Сербии Иван Сорокин проводит встречу с госсекретарем США Марком Дилом в Вене. О том, что "
            "встреча Сорокина и Дила пройдет, сообщала официальный представитель МИД Сербии Ольга Ласко.",
            ["Иван Сорокин", "Марк Дил"],
        ),
        # the words after a capitalised summit name the summit, not a person
        (
            "El rey de España recibió hoy las cartas credenciales del embajador de Valdoria, Julián Castell.\nTras "
            "los saludos, el rey Tomás se reunió en privado con Castell y ambos repasaron los preparativos para la "
            "Cumbre Valdoriana de Sevilla del próximo noviembre.",
            ["Julián Castell", "Tomás"],
        ),
        # the headline names the guest after his title
        (
            "Frankreichs neuer Außenminister Duval kommt zu Antrittsbesuch nach Berlin\nBundesaußenministerin Karla "
            "Brenner empfängt ihren neuen französischen Kollegen am Sonntag im Auswärtigen Amt. Bei dem Treffen soll "
            "es um die Zusammenarbeit gehen.\n\nDuval, ein enger Vertrauter von Frankreichs Präsident Marc Lenoir, "
            "war am Donnerstag zum Außenminister ernannt worden.",
            ["Duval", "Karla Brenner"],
        ),
        # a minister's counterpart is no president of the same country
        (
            "Bundesaußenministerin Karla Brenner empfängt ihren neuen französischen Kollegen am Sonntag im "
            "Auswärtigen Amt. Bei dem Treffen soll es um die Zusammenarbeit gehen.\n\nDer Gast, ein enger "
            "Vertrauter von Frankreichs Präsident Marc Lenoir, war am Donnerstag zum Außenminister ernannt worden.",
            ["Karla Brenner"],
        ),
        # a surname after its title, right before the event it names, in a later sentence
        (
            "Außenminister Karl Brenner wird am Sonntag zu einer mehrtägigen Reise nach Argentinien und in die USA "
            "aufbrechen.\n\nIn Argentinien wird er zunächst am Treffen der G20-Außenminister teilnehmen. Beim "
            "Treffen stehen vor allem Handelsfragen im Fokus der Gespräche.\n\nIm Anschluss wird Außenminister "
            "Brenner direkt weiter in die USA reisen um dort den amerikanischen Außenminister Hollis zu seinem "
            "Antrittsbesuch zu treffen. Neben dem Treffen mit Hollis sind Gespräche im Kongress geplant.",
            ["Karl Brenner", "Hollis"],
        ),
        # those who also take part in the talks, in the present of a report while they go on
        (
            "Сорокин принял в Белграде премьера Чили Марка Дила\nПереговоры с чилийской стороной начались сразу "
            "после встречи Сорокина с участниками форума.\n«Работа в таком формате очень важна», – заявил Сорокин "
            "в начале встречи.\nОт сербской стороны в переговорах также принимают участие министр финансов Антон "
            "Ковач, помощник президента Юрий Белов.",
            ["Сорокин", "Марк Дил", "Антон Ковач", "Юрий Белов"],
        ),
        # the president a headline receives is the one the body gives that office and country
        (
            "Ferrer recibió al presidente de Bolivia en el Palacio Nacional\nEl presidente de Valdoria, Tomás "
            "Ferrer, dirige el día de hoy la ceremonia de bienvenida para el presidente boliviano Luis Mendoza "
            "Arce.\n\nDicha ceremonia tuvo lugar en el Palacio Nacional, donde se entonaron los himnos de cada "
            "país.\n\nLa visita Mendoza al país se realiza en ocasión del aniversario de las relaciones.",
            ["Tomás Ferrer", "Luis Mendoza Arce"],
        ),
        # whom the minister is to meet after the talks is a party to an encounter still to come
        (
            "Außenminister Karl Brenner ist am Dienstag in Berlin mit seinem polnischen Amtskollegen Jan Nowak "
            "zusammengetroffen.\n\nDie Verhandlungen fanden hinter verschlossenen Türen statt.\n\nNach der "
            "Unterredung mit Nowak soll Brenner mit US-Außenminister Tom Hollis zusammentreffen.",
            ["Karl Brenner", "Jan Nowak"],
        ),
        # … but the talks a visitor is to hold where he arrived are the visit's own
        (
            "Генсек ООН прибыл в Белград\nГенеральный секретарь ООН Марк Дил прибыл в Белград, где проведет "
            "переговоры с президентом Сербии Иваном Сорокиным.",
            ["Марк Дил", "Иван Сорокин"],
        ),
        (
            _ES_LEAD + "Tras la reunión con Castell, Molina se reunirá con el secretario general de la OEA, Luis "
            "Almada.",
            ["Andrés Molina", "Julián Castell"],
        ),
        # the words of a dateline, before its full stop and dash, are no one's name
        (
            "Recibe el mandatario mexicano al presidente de Chile Julián Castell\nLos dos presidentes sostendrán un "
            "encuentro bilateral, además de reuniones de sus comitivas y una comida que ofrece el anfitrión.\n"
            "Redacción Altavista Político.- Fue recibido este miércoles el presidente chileno, Julián Castell, por el "
            "presidente mexicano Tomás Ferrer.",
            ["Julián Castell", None, "Tomás Ferrer"],
        ),
        # a spokesman's statement is his: whom it speaks of is only mentioned
        (
            "El presidente Tomás Ferrer no concederá entrevistas a medios extranjeros por ahora, declaró este lunes "
            "el portavoz de la Presidencia, Julián Castell.",
            ["Julián Castell"],
        ),
        # a headline's words after the event and before a spokesman are no name
        (
            "Ott empfängt nur Freunde, sagt sein Sprecher\nBundeskanzler Peter Ott lädt in seine Wohnung nur "
            "Politiker ein, mit denen er befreundet ist. Das sagte Regierungssprecher Karl Brenner am Montag in "
            "Berlin vor Journalisten.",
            ["Peter Ott", "Karl Brenner"],
        ),
        # when neither the event's sentences nor the opening name anyone, the first sentence that does
        (
            "Международная конференция по безопасности открывается в Белграде 23 июня\n\n***Ожидаются свыше 30 "
            "глав военных ведомств, около 600 участников из более 100 стран\n\n***Из-за обострения ситуации форум "
            "проводится с учётом санитарных требований\n\nБелград. 23 июня. ИНТЕРФАКС - Официальная церемония "
            "открытия конференции по международной безопасности, которую проводит министерство обороны Сербии, "
            "состоится в Белграде в среду.\nОт Сербии на конференции, в частности, ожидаются выступления главы "
            "военного ведомства Ивана Сорокина, министра иностранных дел Марка Дилова.",
            ["Иван Сорокин", "Марк Дилов"],
        ),
        # what a title is of, before its holder's rank and name, is no person ("jefe del Cuerpo de X, general Y"),
        # and the office is the named holder's, no one unnamed's
        (
            "El presidente Tomás Ferrer viajó este martes a Lima para reunirse con su homólogo Julián Castell.\n\n"
            "Acompañarán al mandatario el canciller Andrés Molina, así como el jefe del Cuerpo de Ayudantes, general "
            "Luis Marto.",
            ["Tomás Ferrer", "Julián Castell", "Andrés Molina", "Luis Marto"],
        ),
        # the title before a name tells its case: the instrumental's ending goes beside a word that does not decline
        (
            "Глава МИД Сербии Иван Сорокин провел телефонный разговор с министром иностранных дел Турции Мевлютом "
            "Доганоглу.",
            ["Иван Сорокин", "Мевлют Доганоглу"],
        ),
        # what the guest does as a habit is no part of the visit
        (
            "В четверг в Сербию с официальным визитом прибыл президент Чили Марк Дилов.\nВысокопоставленного гостя "
            "встречали замминистра иностранных дел Иван Сорокин и первый вице-премьер Антон Ковач.\nС 2022 года он "
            "посетил страну четырежды.\nПомимо личных встреч, он регулярно общается с президентом Сербии Петром "
            "Громовым по телефону.",
            ["Марк Дилов", "Иван Сорокин", "Антон Ковач"],
        ),
        # whom the minister met the day before, in a clause about that earlier meeting, took no part in this one
        (
            "La canciller Ana Ruiz se reunió este jueves en Brasil con el secretario de Estado, Tom Hollis.\nDurante "
            "el encuentro ambos funcionarios discutieron temas de interés bilateral.\nLa propia canciller Ruiz "
            "difundió una foto con Hollis.\nEl encuentro entre Ruiz y Hollis se llevó a cabo un día después de que "
            "la canciller se reunió con el canciller de Valdoria, Julián Castell.",
            ["Ana Ruiz", "Tom Hollis"],
        ),
        # on whose instructions, and to whom a letter goes, is no one who takes part
        (
            "Noticias\nEl canciller Andrés Molina recibió este lunes, por instrucciones del presidente Tomás Ferrer, "
            "al embajador de Valdoria, Julián Castell.",
            ["Andrés Molina", "Julián Castell"],
        ),
        (
            "Noticias\nEl canciller Andrés Molina se reunió este lunes con el embajador de Valdoria, Julián "
            "Castell, a quien entregó una carta dirigida al presidente Tomás Ferrer.",
            ["Andrés Molina", "Julián Castell"],
        ),
        # a headline that reports the event by two surnames joined by "and" names those who take part
        (
            "Castell y Molina repasan la agenda bilateral\nLos cancilleres de Valdoria y Ruritania repasaron este "
            "lunes en Lima la agenda bilateral y regional.",
            ["Castell", "Molina"],  # "Los cancilleres", a plural, are the two, not a third party unnamed
        ),
        (
            "Сорокин и Дилов обсудили энергетику\nЛидеры Сербии и Чили в понедельник в Белграде обсудили "
            "энергетическое сотрудничество.",
            ["Сорокин", "Дилов"],
        ),
    ],
)
def test_who_takes_part(text: str, names: list[str | None]):
    assert _names(briefparse.parse(text + "\n")) == names


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        ("Ли Цзиньтаном", "Ли Цзиньтан"),  # a foreign word bears the instrumental's ending, the other none
        ("Дмитрием Коробой", "Дмитрий Короба"),  # a man's surname in "-а" declines as a woman's
        ("Жаиром Велосу", "Жаир Велосу"),
        ("Реджепа Тайипа Демиркана", "Реджеп Тайип Демиркан"),  # a first name the dictionary also knows as a place
    ],
)
def test_ru_a_name_in_a_case_the_dictionary_cannot_read_alone(written: str, nominative: str):
    assert name_in_nominative(written) == nominative


@pytest.mark.parametrize(
    ("written", "before", "nominative"),
    [
        ("Глебом Лакеем", "с министром", "Глеб Лакей"),  # a soft stem in "-й" after a vowel, a common noun too
        ("Глеба Лакея", "визит министра", "Глеб Лакей"),
        ("Глебу Лакею", "министру", "Глеб Лакей"),
        ("Глебом Тиралем", "с министром", "Глеб Тираль"),  # in "-ь" after a consonant
        ("Глебом Варенцем", "с министром", "Глеб Варенц"),  # "-ем" after "ц" is the hard ending
    ],
)
def test_ru_a_surname_of_a_soft_stem_in_the_nominative(written: str, before: str, nominative: str):
    assert name_in_nominative(written, before) == nominative
