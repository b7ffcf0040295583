"""Source shapes seen in briefs from many outlets, in all five languages: a document tied to whose it is after an
inverted verb ("précise une note du ministère"), the preposition a cue leaves before a body, an aide who tells of
his principal's talks in an earlier report, a German verb whose particle closes its clause after "darauf"; a
teaser's link to the outlet with the rest, a "Source/" label, a writer's initials then the outlet.

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse


def source_name(text: str) -> str | None:
    source = briefparse.parse(text, reference_date=dt.date(2024, 5, 20)).source
    return source.name if source else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # a document of a body, after an inverted verb: the document is part of the source, no place it spoke in
            "Entretien\nLe président Paul Ndong a reçu lundi l'ambassadeur du Japon, précise une note du ministère.",
            "note du ministère",
        ),
        (
            "Entretien\nLe président Paul Ndong a reçu lundi Marc Dupuis, précise un communiqué de la présidence.",
            "communiqué de la présidence",
        ),
        (  # the preposition a cue leaves before the body is no part of its name
            "Audience\nLe président Paul Ndong a reçu lundi le ministre japonais Taro Sato, a-t-on appris auprès de "
            "la présidence.",
            "présidence",
        ),
        (
            "Talks\nPresident Ivo Marin met opposition leader Dan Petric at State House on Monday. A statement today "
            "from the Ministry of the Presidency said that the two men discussed the commissions.",
            "Ministry of the Presidency",
        ),
        (  # "a statement from": the document tied to the body stays in the name
            "Call\nForeign Minister Ana Lima met her Chilean counterpart Jorge Soto on Monday, according to a "
            "statement from the ministry. They discussed trade.",
            "statement from the ministry",
        ),
        (  # an earlier report by an aide (imperfective past), not one who takes part
            "Разговор\nПрезидент Иван Петров провел телефонный разговор с президентом Карлом Вебером.\n\nПомощник "
            "президента Олег Смирнов сообщал, что разговор двух лидеров носил деловой характер.",
            "Помощник президента Олег Смирнов",
        ),
        (  # "wies … darauf hin": a verb and its particle around what stands between
            "Treffen\nDas Außenministerium wies auf seiner Webseite darauf hin, dass Präsident Karl Weber am Montag "
            "den Botschafter Marko Novak empfangen hat.",
            "Außenministerium",
        ),
        (
            "Treffen\nPräsident Karl Weber hat am Montag den Botschafter Marko Novak empfangen. Es sei um den Handel "
            "gegangen, wies das Präsidialamt darauf hin.",
            "Präsidialamt",
        ),
        (  # a seat of power that a gazetteer also knows as a town's name, or as an old name of a city
            "Call\nPresident Anna Kovacs spoke with Chancellor Max Bauer on Tuesday, the White House said.",
            "White House",
        ),
        (
            "Entretien\nLe président Jean Dorval s'est entretenu mardi avec son homologue Max Bauer, a annoncé la "
            "Maison Blanche.",
            "Maison Blanche",
        ),
        (
            "Llamada\nEl presidente Luis Vega conversó el martes con su homólogo Max Bauer, informó Miraflores.",
            "Miraflores",
        ),
        (  # a readout is a document a body's name may qualify
            "Call\nPresident Anna Kovacs spoke with Chancellor Max Bauer on Tuesday, a White House readout said.",
            "White House readout",
        ),
        ("Meeting\nPresident Ivo Marin received the Ambassador of Japan, state media reported.", "state media"),
        ("Встреча\nПрезидент Иван Петров встретился с послом Японии, сообщили местные СМИ.", "местные СМИ"),
        (  # what it spoke through ends the source
            "Audience\nLe président Jean Dorval a reçu lundi l'ambassadeur du Japon, indique la présidence sur sa page "
            "Facebook.",
            "présidence",
        ),
        (
            "Treffen\nPräsident Karl Weber hat am Montag den Botschafter empfangen, wie aus einer Mitteilung des "
            "Präsidialamts hervorgeht.",
            "Mitteilung des Präsidialamts",
        ),
        (  # a German source ends where another phrase opens: a time, an article, a verb
            "Treffen\nPräsident Karl Weber hat nach Angaben des Kremls am Montag den Botschafter Marko Novak "
            "empfangen.",
            "Kremls",
        ),
        (
            "Treffen\nPräsident Karl Weber hat den Botschafter empfangen. Der Besuch würdigt laut dem Präsidialamt "
            "die enge Partnerschaft beider Länder.",
            "Präsidialamt",
        ),
        (  # the outlet that quotes is the source, and "as saying" closes its name
            "Call\nPresident Anna Kovacs spoke with Chancellor Max Bauer, Interfax quoted the Kremlin as saying.",
            "Interfax",
        ),
        (
            "Call\nPresident Anna Kovacs spoke with Chancellor Max Bauer on Tuesday. \"It went well,\" she was quoted "
            "by Interfax as saying.",
            "Interfax",
        ),
        (
            "Call\nPresident Anna Kovacs spoke with Chancellor Max Bauer, the newspaper quoted a source as saying.",
            "newspaper",
        ),
        (  # Russian bodies in every case: "сообщили в министерстве", "в правительстве", "в канцелярии"
            "Разговор\nПремьер-министр Иван Петров провел телефонный разговор с Максом Бауэром, сообщили в "
            "министерстве иностранных дел.",
            "министерство иностранных дел",
        ),
        (
            "Разговор\nПремьер-министр Иван Петров провел телефонный разговор с Максом Бауэром, сообщили в "
            "правительстве.",
            "правительство",
        ),
        (
            "Разговор\nПремьер-министр Иван Петров провел телефонный разговор с Максом Бауэром, сообщили в "
            "канцелярии президента.",
            "канцелярия президента",
        ),
        (  # a spokesperson named before the office, the office after an article
            "Call\nPrime Minister Tom Reed spoke with Chancellor Max Bauer on Tuesday, said Anna Lind, a spokeswoman "
            "for the prime minister.",
            "Anna Lind",
        ),
        ("Call\nPrime Minister Tom Reed spoke with Chancellor Max Bauer, a senior official told reporters.",
         "senior official"),
        (  # who consulted or cited the sources is not part of them
            "Llamada\nEl presidente Luis Vega conversó el martes con Max Bauer, según fuentes de la Cancillería "
            "consultadas por este diario.",
            "fuentes de la Cancillería",
        ),
        (
            "Entretien\nLe Premier ministre Paul Odimba s'est entretenu mardi avec Max Bauer, selon des sources "
            "diplomatiques citées par l'agence.",
            "sources diplomatiques",
        ),
        (  # an agency told, after a verb of a source: the agency is the source
            "R\nEl presidente Luis Vega recibió al embajador de Japón, confirmó a EFE un portavoz del Gobierno.",
            "EFE",
        ),
        (
            "E\nLe président Jean Dorval a reçu l'ambassadeur du Japon, a indiqué à l'AFP une source diplomatique.",
            "AFP",
        ),
        (  # a document, a participle, its agent: the agent is the source
            "E\nLe président Jean Dorval a reçu l'ambassadeur du Japon, selon un communiqué publié par la présidence.",
            "présidence",
        ),
        (
            "E\nLe président Jean Dorval a reçu l'ambassadeur du Japon, indique un communiqué rendu public par le "
            "ministère.",
            "ministère",
        ),
        (
            "M\nPresident Ivo Marin received the Ambassador of Japan, according to a press release issued by the "
            "Presidency.",
            "Presidency",
        ),
        (
            "R\nEl presidente Luis Vega recibió al embajador de Japón, según un comunicado difundido por la "
            "Cancillería.",
            "Cancillería",
        ),
        (  # from whom an agency has it ends its name
            "В\nПрезидент Иван Петров встретился с послом Японии, сообщает РБК со ссылкой на источники.",
            "РБК",
        ),
        (
            "T\nPräsident Karl Weber hat den Botschafter empfangen, berichtete die Nachrichtenagentur Anadolu unter "
            "Berufung auf diplomatische Kreise.",
            "Nachrichtenagentur Anadolu",
        ),
        (  # a participant's own administration, named after him
            "C\nPresident Anna Kovacs held a phone call with Prime Minister Tom Reed on Tuesday, the Kovacs "
            "administration said.",
            "Kovacs administration",
        ),
        (  # a byline naming an outlet with a number glued to its word
            "R\nMalcorra se reunió con Vieira\n\nPor Canal26\n\nLa canciller Susana Malcorra se reunió esta tarde con "
            "su par brasilero, Mauro Vieira.",
            "Canal26",
        ),
        (  # "следует из": what a report shows
            "В\nПрезидент Иван Петров встретился с послом Японии, следует из сообщения на сайте Кремля.",
            "сообщение на сайте Кремля",
        ),
        (  # one who speaks for someone is a source, though only roles name him
            "New York\n\nStatement attributable to the Spokesman for the Secretary-General on the summit\n\nThe "
            "Secretary-General welcomes the decision of the Council to meet in Geneva.",
            "Spokesman for the Secretary-General",
        ),
        (  # to whom it was said, between the verb and the source
            "E\nLe président Jean Dorval a reçu l'ambassadeur du Japon, a précisé à la presse le porte-parole du "
            "gouvernement, Paul Mba.",
            "porte-parole du gouvernement, Paul Mba",  # the name apposed after the spokesperson's office
        ),
        (  # a readout's opening line, a title's abbreviation inside the speaker's run
            "Readout\nSecretary of Defense Spokesperson Cmdr. Tom Reyes provided the following readout:\n\nSecretary "
            "of Defense Jim Lark met today with ministers of the region.",
            "Secretary of Defense Spokesperson Cmdr. Tom Reyes",
        ),
        (  # what the agency told is, in lower case, between the verb and its name
            "M\nPresident Ivo Marin received the Ambassador of Japan on Monday, the ministry told state news agency "
            "Xinhua.",
            "Xinhua",
        ),
        (  # an outlet's name in quotes after its noun, before the verb
            'T\nPräsident Karl Weber hat den Botschafter empfangen, wie die Zeitung "Die Welt" berichtet.',
            'Zeitung "Die Welt"',
        ),
        (  # the present of a report
            "R\nEl presidente Luis Vega llamó ayer a su homólogo Max Bauer. Un comunicado de la Casa Blanca señala que "
            "ambos conversaron sobre el comercio.",
            "comunicado de la Casa Blanca",
        ),
        (
            "R\nEl presidente Luis Vega llamó ayer a su homólogo Max Bauer para hablar del comercio, agrega la "
            "Cancillería.",
            "Cancillería",
        ),
        (  # an outlet's journalist who wrote it
            "В\nПрезидент Иван Петров провел телефонный разговор с президентом Карлом Вебером.\n\n«Разговор идет», — "
            "написал журналист ВГТРК Павел Зуев в своём Telegram-канале.",
            "журналист ВГТРК Павел Зуев",
        ),
        (  # the present of what a body says, after the brief's sentence
            "E\nLe président Jean Dorval a reçu l'ambassadeur du Japon, souligne la présidence.",
            "présidence",
        ),
        ("E\nLe président Jean Dorval a reçu l'ambassadeur du Japon, note le ministère.", "ministère"),
        ("E\nLe président Jean Dorval a reçu l'ambassadeur du Japon, fait savoir la présidence.", "présidence"),
        (
            "E\nLe président Jean Dorval a reçu l'ambassadeur du Japon, informe la cellule de communication.",
            "cellule de communication",
        ),
        ("M\nPresident Ivo Marin received the Ambassador of Japan, added the ministry.", "ministry"),
        ("T\nNach Informationen des Spiegel hat Präsident Karl Weber den Botschafter empfangen.", "Spiegel"),
        (  # an aide who tells of his principal's talks
            "Call\nPresident Anna Kovacs and President Max Bauer held their latest phone call, which lasted an hour, "
            "according to presidential aide Olsen.",
            "presidential aide Olsen",
        ),
        (  # the full stop of a source line is no part of the name
            "R\nEl canciller Luis Vega participará en la reunión del Grupo de Lima.\n\nVía: Televisa.",
            "Televisa",
        ),
        (  # what was confirmed is no source; where it was confirmed is
            "В\nПрезидент Иван Петров встретился с послом Японии. Информацию подтвердили в Кремле.",
            "Кремль",
        ),
        (  # a passive's agent
            "E\nLe président Jean Dorval a reçu l'ambassadeur du Japon. L'information a été confirmée par la "
            "présidence.",
            "présidence",
        ),
        ("M\nPresident Ivo Marin received the Ambassador of Japan. The meeting was confirmed by the presidency.",
         "presidency"),
        ("R\nEl presidente Luis Vega recibió al embajador de Japón. El encuentro fue confirmado por la Cancillería.",
         "Cancillería"),
        (  # German "so" and the present after a quote or a clause
            'T\nPräsident Karl Weber hat den Botschafter empfangen. „Die Gespräche waren konstruktiv", so das '
            "Präsidialamt.",
            "Präsidialamt",
        ),
        ("T\nPräsident Karl Weber hat den Botschafter empfangen, sagt ein Sprecher des Präsidialamts.",
         "Sprecher des Präsidialamts"),
        ("R\nEl presidente Luis Vega recibió al embajador de Japón, puntualizó la Presidencia.", "Presidencia"),
        (  # the adverb that opens an attribution is no source
            "T\nPräsident Karl Weber hat den Botschafter empfangen. Darüber informierte das Präsidialamt.",
            "Präsidialamt",
        ),
    ],
)
def test_source_named(text: str, name: str):
    assert source_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Audience\nLe président Jean Dorval a reçu lundi l'ambassadeur du Chili, Pablo Soto.\n... suite de "
         "l'article sur Jeune Afrique", "Jeune Afrique"),
        ("Audience\nLe président Jean Dorval a reçu lundi l'ambassadeur du Chili.\nLire la suite sur Le Journal de "
         "Kivu", "Le Journal de Kivu"),
        ("Meeting\nPresident Carl Weber met the Chilean ambassador on Monday.\nRead more at The Daily Star",
         "The Daily Star"),
        ("Reunión\nEl presidente Luis Vega recibió el lunes al embajador de Chile.\nLee la nota completa en El "
         "Universal", "El Universal"),
        ("Treffen\nPräsident Karl Weber hat am Montag den Botschafter Marko Novak empfangen.\nWeiterlesen auf "
         "tagesschau.de", "tagesschau.de"),
        ("Встреча\nПрезидент Иван Петров встретился с послом Японии.\nЧитать полностью на сайте РБК", "РБК"),
    ],
)
def test_a_teaser_names_the_outlet_with_the_rest(text: str, name: str):
    assert source_name(text) == name


def test_a_related_link_is_no_teaser():
    text = "Meeting\nPresident Carl Weber met the Chilean ambassador.\nRead more: Weber invites Chile to talks"
    assert source_name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # a source label with a slash
            "Audience\nLe président Jean Dorval a reçu lundi l'ambassadeur du Chili, Pablo Soto.\n\nSource/Radio "
            "Kiskeya",
            "Radio Kiskeya",
        ),
        (  # a writer's initials, a slash, then an outlet the register does not know, on its own line
            "Audience\nLe président Jean Dorval a reçu lundi l'ambassadeur du Chili, Pablo Soto.\n\nLes deux hommes "
            "ont parlé de coopération.\n\nSL/ Port-Nouvelles",
            "Port-Nouvelles",
        ),
        (  # or after the last sentence
            "Audience\nLe président Jean Dorval a reçu lundi l'ambassadeur du Chili, Pablo Soto. Les deux hommes ont "
            "parlé de coopération. LLM / radio Kiskeya",
            "radio Kiskeya",
        ),
        (  # a site's domain in brackets closing the text
            "Meeting\nPresident Ivo Marin received the Ambassador of Japan on Monday.\n\n(Kivu24.com)",
            "Kivu24.com",
        ),
        (  # the writers' initials and a known agency in brackets, after the last sentence
            "Treffen\nPräsident Karl Weber hat den Botschafter Marko Novak empfangen. (red/APA)",
            "APA",
        ),
        (  # a byline's filler before the outlet, and the date after it
            "Entretien\nLes présidents Jean Dorval et Max Bauer se sont entretenus dimanche.\n\nPar la rédaction de "
            "Kivu Matin",
            "Kivu Matin",
        ),
        (
            "Meeting\nBy Kivu Times, 12.03.2024\n\nPresident Ivo Marin received the Ambassador of Japan on Monday.",
            "Kivu Times",
        ),
        (  # a date with its year after a source ends it
            "Entretien\nLes présidents Jean Dorval et Max Bauer se sont entretenus dimanche.\n\nPublié par Kivu Matin "
            "le 3 mars 2024",
            "Kivu Matin",
        ),
        (  # a body signing the readout, its links counting for nothing
            "E\nLe président Jean Dorval a reçu lundi l'ambassadeur du Japon.\n\nCellule de communication de la "
            "Présidence de la République",
            "Cellule de communication de la Présidence de la République",
        ),
        (
            "E\nLe président Jean Dorval a reçu lundi l'ambassadeur du Japon.\n\nService de presse de la Présidence",
            "Service de presse de la Présidence",
        ),
    ],
)
def test_a_closing_credit_of_an_unknown_outlet(text: str, name: str):
    assert source_name(text) == name


def test_a_participant_pointing_something_out_is_no_source():
    text = (
        "Treffen\nPräsident Karl Weber hat am Montag den Botschafter Marko Novak empfangen. Er wies darauf hin, dass "
        "der Handel wachse."
    )
    assert source_name(text) is None


def test_an_official_statement_alone_is_still_no_source():
    text = "Call\nPresident Ivo Marin spoke with Chancellor Max Bauer on Tuesday, according to an official statement."
    assert source_name(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Treffen\nPräsident Karl Weber hat am Montag den Botschafter empfangen, bestätigte Berlin.",
        "Call\nPresident Anna Kovacs spoke with Chancellor Max Bauer on Tuesday, a readout said.",
        # "so" that opens a clause, or the one who speaks, is no source
        "T\nPräsident Karl Weber hat den Botschafter Marko Novak empfangen, so dass die Gespräche fortgesetzt werden.",
        'T\nPräsident Karl Weber hat den Botschafter Marko Novak empfangen. „Es war ein gutes Gespräch", so Weber.',
        # a role alone on the last line signs nothing
        "E\nLe président Jean Dorval a reçu lundi l'ambassadeur du Japon.\n\nLe Président de la République",
        # a ministry's copyright line is the publisher's, no outlet's
        "Meeting\nPresident Ivo Marin received the Ambassador of Japan on Monday.\n\n© 2024 Ministry of Foreign "
        "Affairs of Kivu",
        # what the text is, on its last line, is no body signing it
        "Treffen\nAußenministerin Klara Berger hat am Montag ihren Amtskollegen Marko Novak empfangen.\n\n"
        "Pressemitteilung",
    ],
)
def test_no_source(text: str):
    assert source_name(text) is None


def test_an_agency_before_a_photo_word_credits_a_photo():
    text = (
        "KORVIK, March 21 — Prime Minister Ivo Marin arrived here today for a three-day visit.\n\n"
        "Prime Minister Ivo Marin is greeted upon his arrival at the airbase. — Bernama pic"
    )
    assert source_name(text) is None


def test_a_source_line_that_is_only_an_address_names_its_site():
    text = (
        "Audience\nLe président Jean Dorval a reçu lundi l'ambassadeur du Japon.\n\n"
        "Source : https://www.lequotidien.sn/audience-au-palais..."
    )
    source = briefparse.parse(text).source
    assert source is not None and source.name == "lequotidien.sn"
    assert source.url == "https://www.lequotidien.sn/audience-au-palais..."


def test_documents_in_the_plural_alone_name_no_source():
    text = (
        "Entretien\nLes présidents Jean Dorval et Max Bauer se sont entretenus dimanche, selon des communiqués des "
        "deux pays. Les deux chefs d'Etat ont salué l'échange, selon un communiqué du Kremlin."
    )
    assert source_name(text) == "communiqué du Kremlin"


@pytest.mark.parametrize("topic", ["Ukraine", "this topic"])
def test_a_teaser_to_a_topic_names_no_outlet(topic: str):
    text = f"Meeting\nPresident Ivo Marin received the Ambassador of Japan on Monday.\nRead more on {topic}"
    assert source_name(text) is None


@pytest.mark.parametrize(
    "footer",
    [
        "© 2024 Kivu Times. All rights reserved.",
        "© 2024 Diario de Kivu. Todos los derechos reservados.",
        "Copyright (c) 2023 Kivu Daily News",
    ],
)
def test_a_publishers_own_copyright_line_is_not_the_source(footer: str):
    """The gold's source is where the information comes from; a site's copyright line names who printed it."""
    assert source_name(f"Meeting\nPresident Ivo Marin received the Ambassador of Japan on Monday.\n\n{footer}") is None
