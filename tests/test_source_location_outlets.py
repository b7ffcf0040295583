"""Source and location shapes seen across many outlets, in all five languages: a day or a date between the verb and
the source, an outlet named in quotes, an agency that "learned" what it reports, a source label in brackets, how
something was said taken for who said it; the city of a settlement noun, a sentence that says where the event was
held, a venue further down, an organisation's initials, a kicker of two places, "CITY.-" datelines.

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse


def parse(text: str) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 20))


def source_name(text: str) -> str | None:
    source = parse(text).source
    return source.name if source else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # a day between the verb and the source, after a comma
            "Le ministre Paul Odimba ne se rendra pas à Lomé pour la cérémonie, a annoncé samedi son département.",
            "son département",
        ),
        (  # a day between the source and the verb that closes its clause
            "Sabine Kurzweil empfängt ihren Amtskollegen Tomas Lindqvist in Graz, wie das Außenamt am Mittwoch "
            "mitteilte.",
            "Außenamt",
        ),
        (  # a day and where it was said, between the source and the verb
            "Gratuliert hat auch Premierminister Anton Velic, wie das Presseamt am Freitag in Berlin mitteilte.",
            "Presseamt",
        ),
        (  # a date between the verb and the source, and the outlet's name in quotes
            "Глава МИД Игорь Савельев договорился с коллегой о встрече, передает 18 февраля агентство «Заря».",
            "агентство «Заря»",
        ),
        (  # the neuter form of the verb, a day before it, no comma
            "Министры обсудили ситуацию на встрече в Казани. О результатах в четверг сообщило Министерство "
            "иностранных дел.",
            "Министерство иностранных дел",
        ),
        (  # "said in the ministry", with a comma before the verb
            "Инициатором встречи стал министр Олег Ланин, подчеркнули в МИД.",
            "МИД",
        ),
        (  # an agency that learned what it reports
            "Le Premier ministre Awa Ndongo a reçu mardi les ambassadeurs de trois pays, a appris l'APS de la "
            "Primature.",
            "APS",
        ),
        (  # a source label in brackets closing the text
            "La Habana. El presidente Rubén Iturbe recibió al canciller Marcos Pell en el Palacio de la Revolución. "
            "(Fuente: RHN)",
            "RHN",
        ),
        (  # a reprint's credit
            "Der Außenminister Karl Brenner traf seinen Amtskollegen Juri Malkov in Wien.\n\nDieser Beitrag erschien "
            "zuerst bei der Nordkurier Zeitung.",
            "Nordkurier Zeitung",
        ),
        (  # a correspondent of an agency, after a day
            "Les ministres Karl Brenner et Juri Malkov s'entretiennent à Munich, annonce dimanche un correspondant de "
            "RIA Novosti.",
            "correspondant de RIA Novosti",
        ),
        (  # a weekday and its date between the verb and the source, who names no body: the signature's agencies
            "Les ministres Karl Brenner et Juri Malkov se réuniront jeudi à Bonn, ont rapporté mercredi 14 février "
            "les médias.\n\nXinhua/VNA/CVN",
            "Xinhua",
        ),
        (  # a correspondent, then the outlet's name in quotes
            "Министр Сергей Ветров встретился с президентом Антоном Бруком в Казани. Об этом сообщает корреспондент "
            "«Зари.ру».",
            "корреспондент «Зари.ру»",
        ),
        (  # a spokesperson who tweeted
            "London: Prime Minister Ravi Menon met Prime Minister Ann Kowal on the sidelines of the summit, and "
            "Ministry of External Affairs spokesperson Vijay Rao tweeted about it.",
            "Ministry of External Affairs spokesperson Vijay Rao",
        ),
        (  # a readout signed by the office that wrote it
            "Le Premier ministre Ali Konaté a reçu en audience une délégation de sages.\n\nLa visite fut cordiale."
            "\n\nLa Cellule de Communication du Gouvernement",
            "Cellule de Communication du Gouvernement",
        ),
        (  # "in a communiqué of"
            "Le président Karim Saadi a reçu jeudi le ministre Sami Ferjani.\n\nCité dans un communiqué de la "
            "présidence, le chef de l'Etat a souligné la nécessité de bien se préparer.",
            "présidence",
        ),
        (  # an agency's correspondent who saw it
            "Le président Ibrahim Koné a entamé vendredi une visite d'Etat au Niger, a constaté un correspondant de "
            "Xinhua.",
            "correspondant de Xinhua",
        ),
        (  # where it spoke is not part of the source
            '"Ils ont condamné les violences", a déclaré la présidence française dans un communiqué publié à '
            "l'issue d'un entretien téléphonique des présidents Paul Morel et Jean Kabera.",
            "présidence française",
        ),
        (  # "In a statement," and the body that speaks
            "In a statement, the Ministry of Foreign Affairs (MoFA) expressed its strong condemnation of the attack "
            "on the forces of Minister Ali Dara.",
            "Ministry of Foreign Affairs",
        ),
    ],
)
def test_source_shapes_of_the_wild(text, name):
    assert source_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Il ministro Carlo Venti ha visitato Roma.",  # no language of ours, no source
        "President Ana Lima received Speaker Joao Reis at the palace, according to an official statement.",
        'In a statement, the Secretary-General said: "We mourn Prime Minister Tevita Lolo."',  # a role speaking
        "Foreign Minister Ana Lima met Joao Reis in Oslo.\n\n© REUTERS / Jane Doe",  # a photo's credit
    ],
)
def test_how_it_was_said_is_no_source(text):
    assert source_name(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (  # a settlement noun before the city's name
            "Vice Foreign Minister Tao Ming held talks with Special Envoy Ruth Calder in the city of Langfang on "
            "Monday.",
            "Langfang",
        ),
        (  # a dateline that only says where the dispatch was filed; the body says where the meeting was held
            "MINSK (Polar News / Nordwire - 24th September, 2024) Foreign Minister Oleg Varta met with his "
            "counterpart, Imre Halasz, to discuss cooperation and relations between Minsk and the European Union, "
            "the foreign ministry said on Saturday.\n\n\"The interlocutors discussed the state and prospects for "
            "cooperation,\" the ministry said in a statement.\n\nThe meeting took place on the sidelines of the "
            "79th session of the UN General Assembly in New York.",
            "New York",
        ),
        (  # a venue further down than the lead
            "Reunión del presidente Tomás Arteaga con los senadores Ken Doyle y Ruth Olmos. En el encuentro estuvo "
            "también la canciller Rosa Vidal.\nA las 11:28 de la mañana de este viernes comenzó una reunión en la "
            "Casa de Nariño que marcaría el tono de las relaciones. En uno de los salones se sentaron los ministros.",
            "Casa de Nariño",
        ),
        (  # a venue in the locative case after "в"
            "Министр Сергей Ветров провел переговоры с коллегой Айдыном Кайей в штаб-квартире ООН.",
            "штаб-квартире ООН",
        ),
        (  # "на" and an island
            "Министр Сергей Ветров начал встречу с генсекретарем Антоном Бруком на Бали.",
            "Бали",
        ),
        (  # an organisation's initials are no place; the city comes first
            "Con una cena en la ciudad de Lima concluyó el viaje del presidente Iván Parra.\n\nDurante la jornada, "
            "el presidente participó en el Consejo Presidencial Andino.\n\nEn la CAN, el presidente Parra se reunió "
            "con sus homólogos Luis Arcos y Pedro Villa.",
            "Lima",
        ),
        (  # "CITY.-" opens a Latin American dispatch
            "Buenos Aires.- El canciller Julio Serrat fue recibido hoy por el presidente Mauro Ledesma.",
            "Buenos Aires",
        ),
        (  # a country estate as a venue
            "Le chef de l'Etat Amadou Fall a été reçu lundi par la présidente Anna Keller au domaine du Lohn, la "
            "maison d'hôtes du gouvernement.",
            "domaine du Lohn",
        ),
        (  # a possessive before the venue
            "Le Représentant spécial Marc Ibo a rencontré le président Henri Kouassi, hier, à sa résidence privée de "
            "Cocody.",
            "résidence privée de Cocody",
        ),
        (  # "am" and a venue in German
            "Bundespräsident Karl Weiss trifft am Freitag den Präsidenten Anton Moser. Moser wird am Schloss "
            "Bellevue in Berlin empfangen.",
            "Schloss Bellevue in Berlin",
        ),
    ],
)
def test_location_shapes_of_the_wild(text, place):
    assert parse(text).location == place


def test_a_venue_s_noun_heads_lower_case_nouns_and_a_role_is_no_name():
    text = (
        "Le chef de l'Etat Paul Ndong a reçu les lettres de créance de quatre ambassadeurs. La cérémonie a eu lieu au "
        "palais de la présidence de la République."
    )
    assert parse(text).location == "palais de la présidence de la République"


def test_a_country_gives_way_to_where_the_meeting_was_held():
    text = (
        "Le président Wen Lu, en visite d'Etat en France, s'est entretenu vendredi avec Jacques Morel.\n\n"
        "L'entretien, qui a duré une demi-heure, s'est déroulé à l'hôtel Intercontinental de la ville."
    )
    assert parse(text).location == "hôtel Intercontinental"


def test_an_office_that_speaks_may_be_where_the_event_was_held():
    text = (
        "President Mira Devi received Angola's President Joao Lemos at Rashtrapati Bhavan on Saturday, a statement by "
        "the Rashtrapati Bhavan said."
    )
    assert parse(text).location == "Rashtrapati Bhavan"


def test_the_head_of_the_source_is_no_place():
    text = (
        "Secretary of State Mark Rowe met Peruvian Foreign Minister Hugo Lima. According to Principal Deputy "
        "Spokesperson Tom Pike, the two focused on security."
    )
    assert parse(text).location is None


def test_a_kicker_of_two_countries_is_no_dateline():
    text = (
        "España - Portugal\n\nEl ministro Ramón Alcaide ha hablado este viernes con la ministra Inês Prata, "
        "confirmaron fuentes diplomáticas."
    )
    assert parse(text).location is None
