"""German, Spanish and Russian: dates, participants with roles, sources and language detection.

The briefs are written for these tests.
"""

import datetime as dt

import pytest

import briefparse
from briefparse.lang import detect_language, get_language, supported_languages

GERMAN = """Außenministerin trifft russischen Amtskollegen in Genf

Genf (dpa) - Die deutsche Außenministerin Anna Berger hat am Dienstag in Genf den russischen Außenminister \
Sergej Lawrow getroffen. Bei dem Gespräch ging es um die Lage in der Ukraine und um humanitäre Hilfe.

Berger sagte nach dem Treffen, die Beziehungen seien schwierig. Die Unterzeichnung eines Abkommens ist nicht geplant.
"""

SPANISH = """Madrid, 14 mar (EFE).- El ministro de Asuntos Exteriores español, Luis Ortega, se reunió este jueves \
en Madrid con su homólogo marroquí, Karim Benali, para abordar la cooperación migratoria.

Ortega destacó tras la reunión la «excelente» relación entre ambos países y anunció una visita a Rabat en primavera.
"""

RUSSIAN = """МОСКВА, 19 сен — РИА Новости. Министр иностранных дел России Сергей Лавров провел переговоры с главой МИД \
Египта Ахмедом Мансуром. Встреча прошла в особняке МИД на Спиридоновке.

По словам Лаврова, стороны обсудили урегулирование на Ближнем Востоке. Глава египетского МИД Ахмед Мансур \
поблагодарил Лаврову за гостеприимство.
"""


def _participant(brief, surname):
    found = [p for p in brief.participants if p.name and surname in p.name]
    assert len(found) == 1, [p.name for p in brief.participants]
    return found[0]


def test_the_three_languages_are_supported():
    assert {"de", "es", "ru"} <= set(supported_languages())


def test_german_brief():
    brief = briefparse.parse(GERMAN, reference_date=dt.date(2024, 3, 14))
    assert brief.language == "de"
    assert brief.date == "2024-03-12"  # "am Dienstag" before Thursday 14 March
    assert brief.event_type == "meeting"
    assert "Außenministerin" in _participant(brief, "Berger").role
    lawrow = _participant(brief, "Lawrow")
    assert lawrow.name == "Sergej Lawrow"
    assert lawrow.affiliation == "Russland"
    assert brief.source.name == "dpa"


def test_german_capitalised_nouns_are_not_names():
    brief = briefparse.parse(GERMAN, reference_date=dt.date(2024, 3, 14))
    names = " ".join(p.name or "" for p in brief.participants + brief.people_mentioned)
    for noun in ("Gespräch", "Treffen", "Beziehungen", "Unterzeichnung", "Außenministerin", "Lage"):
        assert noun not in names
    assert len(brief.participants) == 2


def test_spanish_brief():
    brief = briefparse.parse(SPANISH, reference_date=dt.date(2024, 3, 15))
    assert brief.language == "es"
    assert brief.date == "2024-03-14"  # "este jueves", and the dateline's "14 mar"
    assert brief.event_type == "meeting"
    assert "ministro de Asuntos Exteriores" in _participant(brief, "Ortega").role
    benali = _participant(brief, "Benali")
    assert benali.role == "homólogo marroquí"
    assert benali.affiliation == "Marruecos"
    assert brief.source.name == "EFE"


def test_russian_brief():
    brief = briefparse.parse(RUSSIAN, reference_date=dt.date(2024, 9, 19))
    assert brief.language == "ru"
    assert brief.date == "2024-09-19"
    assert brief.event_type == "meeting"
    assert brief.source.name == "РИА Новости"


def test_russian_case_forms_are_one_participant_named_in_the_nominative():
    brief = briefparse.parse(RUSSIAN, reference_date=dt.date(2024, 9, 19))
    lavrov = _participant(brief, "Лавров")
    assert lavrov.name == "Сергей Лавров"
    assert lavrov.role == "Министр иностранных дел России"
    assert lavrov.affiliation == "Россия"
    assert {m.text for m in lavrov.mentions} == {"Сергей Лавров", "Лаврова", "Лаврову"}
    mansour = _participant(brief, "Мансур")  # "Ахмедом Мансуром" first, "Ахмед Мансур" later
    assert mansour.name == "Ахмед Мансур"
    assert len(brief.participants) == 2


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Der Bundeskanzler hat am Montag in Berlin den französischen Präsidenten empfangen. Die beiden sprachen "
            "über die Zusammenarbeit und die Lage im Nahen Osten, teilte ein Sprecher mit.",
            "de",
        ),
        (
            "El presidente del Gobierno recibió este lunes en Madrid a su homólogo portugués. Ambos abordaron la "
            "cooperación entre los dos países y la situación en Oriente Próximo, según un comunicado.",
            "es",
        ),
        (
            "Президент России в понедельник провел в Кремле переговоры с президентом Франции. Стороны обсудили "
            "сотрудничество и ситуацию на Ближнем Востоке, сообщает пресс-служба Кремля.",
            "ru",
        ),
        (
            "Le président a reçu lundi à l'Élysée son homologue allemand. Les deux dirigeants ont évoqué la "
            "coopération entre les deux pays, selon un communiqué.",
            "fr",
        ),
        (
            "The president received his German counterpart at the White House on Monday. The two leaders discussed "
            "cooperation between their countries, according to a statement.",
            "en",
        ),
        ("Berlin, 3. März 2024", "de"),
        ("Madrid, 3 de marzo de 2024", "es"),
        ("Москва, 3 марта 2024 года", "ru"),
    ],
)
def test_detection_picks_among_the_supported_languages(text, code):
    language = detect_language(text)
    assert language is not None and language.code == code


@pytest.mark.parametrize(
    "text",
    [
        # Italian, Portuguese, Catalan, Dutch, Ukrainian, Bulgarian: close to a supported language, not one
        "Il ministro degli Esteri ha incontrato ieri a Roma il suo omologo francese. I due hanno discusso della "
        "cooperazione tra i due paesi, secondo una nota del ministero, e della situazione nella regione.",
        "O ministro dos Negócios Estrangeiros reuniu-se ontem em Lisboa com o seu homólogo espanhol. Os dois "
        "discutiram a cooperação entre os dois países, segundo um comunicado do ministério.",
        "El ministre d'Afers Exteriors es va reunir ahir a Barcelona amb el seu homòleg francès. Tots dos van "
        "parlar de la cooperació entre els dos països, segons un comunicat del ministeri.",
        "De minister van Buitenlandse Zaken heeft gisteren in Den Haag zijn Duitse ambtgenoot ontmoet. De twee "
        "bespraken de samenwerking tussen beide landen, zo meldt het ministerie in een verklaring.",
        "Міністр закордонних справ України зустрівся вчора у Києві зі своїм польським колегою. Сторони "
        "обговорили співпрацю між двома країнами, повідомляє пресслужба міністерства.",
        "Министърът на външните работи се срещна вчера в София със своя гръцки колега. Двамата обсъдиха "
        "сътрудничеството между двете страни, съобщи пресслужбата на министерството.",
    ],
)
def test_detection_says_unknown_for_other_languages(text):
    assert detect_language(text) is None
    assert briefparse.parse(text).language == "unknown"


def _names(brief) -> set[str]:
    return {p.name for p in brief.participants if p.name}


@pytest.mark.parametrize(
    ("text", "event_type", "names"),
    [
        ("Bundeskanzlerin Greta Lindner telefonierte am Montag mit dem französischen Präsidenten Paul Mercier.",
         "phone_call", {"Greta Lindner", "Paul Mercier"}),
        ("Bundespräsident Jonas Albrecht hat den litauischen Präsidenten Tomas Valaitis im Schloss zu einem "
         "Abendessen empfangen.", "meeting", {"Jonas Albrecht", "Tomas Valaitis"}),
        ("La canciller Ana Velez se reunirá el jueves en Lima con su homólogo Pedro Salgado.", "meeting",
         {"Ana Velez", "Pedro Salgado"}),
        ("El embajador Omar Haddad fue recibido por el presidente Diego Ferrer en el Palacio de Gobierno.",
         "meeting", {"Omar Haddad", "Diego Ferrer"}),
        ("Президент Иван Соколов позвонил президенту Карлу Янсену и обсудил с ним торговлю.", "phone_call",
         {"Иван Соколов"}),
        ("Министр Олег Петров проведет переговоры с министром Анной Белой в Минске.", "meeting",
         {"Олег Петров"}),
    ],
    ids=["telefonierte", "zu-einem-abendessen-empfangen", "se-reunira", "fue-recibido-por", "позвонил",
         "проведет-переговоры"],
)
def test_event_phrases_in_their_tenses_and_voices(text, event_type, names):
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 14))
    assert brief.event_type == event_type
    assert names <= _names(brief)


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Bundespräsident Jonas Albrecht hat dem Präsidenten Tomas Valaitis sein Beileid ausgesprochen.", "Beileid"),
        ("El presidente Diego Ferrer envió sus condolencias al pueblo de Norhavn tras las inundaciones.",
         "condolencias"),
        ("Президент Иван Соколов выразил соболезнования народу Норхавна в связи с наводнением.", "выразил"),
    ],
    ids=["de", "es", "ru"],
)
def test_a_condolence_message_is_a_statement(text, evidence):
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 14))
    assert brief.event_type == "statement"
    assert brief.evidence.event_type.text == evidence


@pytest.mark.parametrize(
    "text",
    [
        "De acuerdo con el ministerio, la canciller Ana Velez viajará a Quito la próxima semana.",
        "La canciller Ana Velez criticó la llamada ley de medios del gobierno vecino.",
    ],
    ids=["de-acuerdo-con", "la-llamada-ley"],
)
def test_a_spanish_word_that_means_something_else_reports_no_signing_and_no_call(text):
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 14))
    assert brief.event_type not in ("other", "phone_call")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Gipfel der Donauländer begann am Montag in Wien. Auf der Tagesordnung stehen Energie und Verkehr. "
         "Die Delegationen kamen aus zwölf Staaten. Die Sitzungen dauern zwei Tage. Die Außenministerin Greta "
         "Lindner betonte die Bedeutung der Zusammenarbeit.", "Greta Lindner"),
        ("La cumbre de los países andinos comenzó el lunes en Quito. En la agenda figuran la energía y el "
         "transporte. Las delegaciones llegaron de doce países. Las sesiones duran dos días. La canciller Ana "
         "Velez subrayó la importancia de la cooperación.", "Ana Velez"),
        ("Саммит прикаспийских государств открылся в понедельник в Баку. В повестке дня энергетика и транспорт. "
         "Делегации прибыли из двенадцати стран. Заседания продлятся два дня. Министр Олег Петров подчеркнул "
         "важность сотрудничества.", "Олег Петров"),
    ],
    ids=["de", "es", "ru"],
)
def test_at_a_conference_whoever_speaks_takes_part(text, speaker):
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 14))
    assert brief.event_type == "conference"
    assert speaker in _names(brief)


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("Außenministerin Greta Lindner traf am Montag in Wien ihren Amtskollegen Pavel Novak. Im vergangenen Jahr "
         "traf sie in Prag den Minister Karel Dvorak.", "Karel Dvorak"),
        ("La canciller Ana Velez se reunió el lunes en Lima con su homólogo Pedro Salgado. El año pasado, ella se "
         "reunió en Quito con el ministro Tomás Rivas.", "Tomás Rivas"),
        ("Министр Олег Петров встретился в понедельник в Минске с министром Анной Беловой. В прошлом году он "
         "встретился в Баку с министром Ильгаром Алиевым.", "Ильгар Алиев"),
    ],
    ids=["de", "es", "ru"],
)
def test_a_meeting_of_last_year_is_not_the_one_reported(text, earlier):
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 14))
    assert earlier not in _names(brief)
    assert len(brief.participants) == 2


@pytest.mark.parametrize(
    ("text", "companion"),
    [
        ("El presidente Tomás Quiroga se reunió este martes con su homólogo Esteban Ruiz. Quiroga estuvo "
         "acompañado por la canciller Marta Gil Londoño.", "Gil Londoño"),
        ("La presidenta Elena Campos recibió al primer ministro Lars Holm, acompañada de su ministro de Economía, "
         "Rafael Ibáñez.", "Ibáñez"),
        ("Bundeskanzler Jonas Brenner hat am Dienstag den Präsidenten Aaro Lindqvist empfangen. Brenner wurde "
         "begleitet von Außenministerin Katrin Vogelsang.", "Vogelsang"),
        ("Bundespräsident Jonas Albrecht empfing den Präsidenten Tomas Valaitis in Begleitung seiner Ehefrau "
         "Ruth Albrecht.", "Ruth Albrecht"),
        ("Президент Калле Тамм провел переговоры с президентом Янисом Озолсом. Встреча прошла в присутствии "
         "министра иностранных дел Марии Ветровой.", "Ветров"),
    ],
    ids=["es-acompanado-por", "es-acompanada-de", "de-begleitet-von", "de-in-begleitung", "ru-в-присутствии"],
)
def test_whoever_accompanies_a_participant_takes_part(text, companion):
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 14))
    assert any(companion in name for name in _names(brief)), _names(brief)


@pytest.mark.parametrize(
    ("text", "surname", "role", "affiliation"),
    [
        ("Bundeskanzler Jonas Brenner hat den Präsidenten Finnlands, Aaro Lindqvist, empfangen.", "Lindqvist",
         "Präsidenten Finnlands", "Finnland"),
        ("Der Ministerpräsident der Slowakei, Pavel Hruby, traf den Außenminister der Vereinigten Arabischen "
         "Emirate, Saif Mansouri.", "Mansouri", "Außenminister der Vereinigten Arabischen Emirate",
         "Vereinigte Arabische Emirate"),
        ("Die Außenministerin Katrin Vogelsang traf ihre griechische Amtskollegin Eleni Papadaki in Athen.",
         "Papadaki", "griechische Amtskollegin", "Griechenland"),
        ("El presidente Julián Ortega recibió a su colega hondureño, Marco Zelaya, en el Palacio de las Garzas.",
         "Zelaya", "colega hondureño", "Honduras"),
        ("El presidente Julián Ortega recibió a la primera dama hondureña, Ana Bonilla, en el Palacio.",
         "Bonilla", "primera dama hondureña", "Honduras"),
        ("El anfitrión, Julián Ortega, se reunió con el encargado de negocios de Francia, Pierre Lamy.",
         "Lamy", "encargado de negocios de Francia", "Francia"),
    ],
    ids=["de-genitive-country", "de-plural-country", "de-amtskollegin", "es-colega", "es-primera-dama",
         "es-encargado-de-negocios"],
)
def test_role_nouns_and_the_country_they_name(text, surname, role, affiliation):
    participant = _participant(briefparse.parse(text, reference_date=dt.date(2024, 3, 14)), surname)
    assert (participant.role, participant.affiliation) == (role, affiliation)


def test_the_russian_preposition_after_is_no_ambassador():
    text = ("Президент Калле Тамм принял посла Японии Кэндзи Мориту. Встреча прошла после церемонии, после "
            "назначения Кэндзи Мориты послом.")
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 14))
    assert [p.role for p in brief.participants] == ["Президент", "посол Японии"]


@pytest.mark.parametrize(
    ("text", "companion"),
    [
        ("El presidente Tomás Quiroga recibió a su homólogo Esteban Ruiz. Acompañaron al mandatario la canciller "
         "Marta Gil Londoño y el ministro de Economía, Rafael Ibáñez.", "Ibáñez"),
        ("El presidente Tomás Quiroga se reunió con su homólogo Esteban Ruiz. La comitiva oficial estuvo "
         "integrada por la canciller Marta Gil Londoño.", "Gil Londoño"),
        ("Bundespräsident Jonas Albrecht hat den Präsidenten Tomas Valaitis empfangen. Seine Ehefrau Ruth "
         "Albrecht und Außenministerin Katrin Vogelsang begleiteten ihn.", "Vogelsang"),
        ("Президент Калле Тамм провел переговоры с президентом Янисом Озолсом. Президента сопровождала министр "
         "иностранных дел Мария Ветрова.", "Ветров"),
    ],
    ids=["es-acompañaron", "es-comitiva-integrada-por", "de-begleiteten", "ru-сопровождала"],
)
def test_the_entourage_named_in_a_sentence_of_its_own_takes_part(text, companion):
    brief = briefparse.parse(text, reference_date=dt.date(2024, 3, 14))
    assert any(companion in name for name in _names(brief)), _names(brief)


@pytest.mark.parametrize(
    ("text", "surname", "affiliation"),
    [
        ("Министр Олег Петров встретился с премьер-министром Новой Зеландии Джеком Уилсоном.", "Уилсон",
         "Новая Зеландия"),
        ("Министр Олег Петров провел переговоры с министром иностранных дел Саудовской Аравии Фейсалом Аль Рашидом.",
         "Рашид", "Саудовская Аравия"),
    ],
    ids=["новой-зеландии", "саудовской-аравии"],
)
def test_a_russian_role_names_its_country_in_the_genitive_of_every_word(text, surname, affiliation):
    participant = _participant(briefparse.parse(text, reference_date=dt.date(2024, 3, 14)), surname)
    assert participant.affiliation == affiliation


def test_a_spanish_plural_role_before_a_list_gives_its_first_member_a_role():
    text = ("El primer ministro Tomás Quiroga recibió este martes a sus homólogos de Chile, Ana Rojas, y de Perú, "
            "Luis Salas.")
    participant = _participant(briefparse.parse(text, reference_date=dt.date(2024, 3, 14)), "Rojas")
    assert (participant.role, participant.affiliation) == ("homólogos de Chile", "Chile")


@pytest.mark.parametrize(
    "body",
    [
        "directora del Instituto Nacional de Tránsito y Transporte Terrestre (INTRANT)",
        "invitada del Foro de Mercados Emergentes",
        "delegada de la Secretaría General Iberoamericana",
    ],
)
def test_the_adjective_closing_a_bodys_name_after_a_link_names_no_one(body):
    text = (f"El presidente Tomás Rivera Ocampo se reunió este martes en el Palacio Nacional con Lucía Ferrer Ortiz, "
            f"{body}.")
    names = [p.name for p in briefparse.parse(text, reference_date=dt.date(2024, 3, 14)).participants]
    assert names == ["Tomás Rivera Ocampo", "Lucía Ferrer Ortiz"]


RUSSIAN_OBLIQUE_ONLY = """Губернатор встретился с Тимофеем Ярославцевым и Ларсом Виттенбеком

ОСЛО, 3 апреля. Губернатор области встретился в среду с министром финансов России Тимофеем Ярославцевым \
и министром финансов Норвегии Ларсом Виттенбеком. Стороны обсудили налоги.
"""


def test_russian_participant_named_only_in_an_oblique_case_is_named_in_the_nominative():
    brief = briefparse.parse(RUSSIAN_OBLIQUE_ONLY, reference_date=dt.date(2024, 4, 3))
    russian, foreign = _participant(brief, "Ярославц"), _participant(brief, "Виттенбек")
    assert russian.name == "Тимофей Ярославцев"
    assert foreign.name == "Ларс Виттенбек"  # a foreign name the dictionary does not know as a surname
    for person, written in ((russian, "Тимофеем Ярославцевым"), (foreign, "Ларсом Виттенбеком")):
        assert {m.text for m in person.mentions} == {written}  # the evidence stays as written
        assert all(RUSSIAN_OBLIQUE_ONLY[m.start : m.end] == m.text for m in person.mentions)


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        ("Тимофея Ярославцева", "Тимофей Ярославцев"),
        ("Тимофею Ярославцеву", "Тимофей Ярославцев"),
        ("Зинаидой Ярославцевой", "Зинаида Ярославцева"),
        ("Глебу Арсеньевичу Чернышову", "Глеб Арсеньевич Чернышов"),
        ("Ларса Виттенбека", "Ларс Виттенбек"),
        ("Торвальдом Бреккемом", "Торвальд Бреккем"),  # neither word known: the instrumental's endings tell
        ("Торвальда Бреккема", "Торвальда Бреккема"),  # neither word known, "-а" alone is not sure enough
        ("Альберто Пескарелло", "Альберто Пескарелло"),  # indeclinable, and already nominative
        ("Майклом Пескарелло", "Майкл Пескарелло"),  # a first name tells the case of an indeclinable surname
        ("Тимофей Ярославцев", "Тимофей Ярославцев"),
        ("Зинаида Ярославцева", "Зинаида Ярославцева"),
        ("Ярославцева", "Ярославцева"),  # alone, a woman's surname as much as a man's in the genitive
        ("Новосибирска", "Новосибирска"),  # a place
        ("Газпрома", "Газпрома"),  # an organisation
    ],
)
def test_russian_names_in_the_nominative(written, nominative):
    assert get_language("ru").nominative_name(written) == nominative


def test_a_role_after_a_name_runs_over_a_place_written_with_an_abbreviation():
    brief = briefparse.parse(
        "Kessel, 3. März 2026 - Bundesrat Karl Weber traf am Dienstag Anna Berg, Gouverneurin von St. Petersburg, "
        "zu einem Gespräch in Kessel.\n"
    )
    berg = next(p for p in brief.participants if p.name == "Anna Berg")
    assert berg.role == "Gouverneurin von St. Petersburg"


def test_a_council_title_before_a_name_is_a_role_and_the_council_alone_no_one():
    named = briefparse.parse(
        "Kessel, 3. März 2026 - Staatsrat Karl Weber traf am Dienstag die österreichische Botschafterin Anna Berg "
        "zu einem Gespräch in Kessel.\n"
    )
    assert next(p for p in named.participants if p.name == "Karl Weber").role == "Staatsrat"
    council = briefparse.parse(
        "Kessel, 3. März 2026 - Der Nationalrat empfing am Dienstag die österreichische Botschafterin Anna Berg zu "
        "einem Gespräch in Kessel.\n"
    )
    assert [p.name for p in council.participants] == ["Anna Berg"]
    chamber = briefparse.parse(
        "Kessel, 3. März 2026 - Die österreichische Botschafterin Anna Berg sprach am Dienstag im Bundesrat über den "
        "Handel.\n"
    )
    assert [p.name for p in chamber.participants] == ["Anna Berg"]
