"""Location shapes of German, Spanish, Russian, French and English briefs found in the wild: a city written after the
adjective of its country, a statement made on the margins of a gathering held in a city, a chamber of a parliament,
an earlier occasion, a venue whose adjectives come first, where a visit goes, a dateline's city. Every brief here is
invented for the test."""

import datetime as dt

import pytest

import briefparse


def place(text: str) -> str | None:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 20)).location


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the adjective of its country before the city, in lower case
            "На полях саммита в китайском Ханчжоу проходит встреча президентов Валдории и Тарсии.\n\n"
            "Об этом сообщил пресс-секретарь президента.",
            "Ханчжоу",
        ),
        (
            "Außenministerin Ana Brook traf am Montag im finnischen Rovaniemi ihren Amtskollegen Tomas Keller.\n\n"
            "Die beiden sprachen über die Zusammenarbeit in der Arktis.",
            "Rovaniemi",
        ),
        (  # a statement made on the margins of a gathering, whose city follows its name
            "Brook besorgt über Lage in Valdoria\nAußenministerin Ana Brook hat sich besorgt über die Lage in "
            "Valdoria geäußert. „Die Lage ist ernst“, sagte die Politikerin am Rande eines EU-Außenministertreffens "
            "in Brüssel.",
            "Brüssel",
        ),
        (
            "Министр иностранных дел Валдории Анна Брук заявила, что ситуация остается сложной. Об этом она "
            "сообщила журналистам на полях международного форума в Санкт-Петербурге.",
            "Санкт-Петербурге",
        ),
        (  # a chamber of a parliament is a venue, before the place of another occasion
            "El canciller de Valdoria, Tomás Keller, y el senador Pedro Ilzarbe se reunieron para dialogar sobre la "
            "agenda bilateral.\n\nAsí lo informó Ilzarbe, quien dijo que durante el encuentro en el Senado hablaron "
            "del foro que se realizó en Toluca.",
            "Senado",
        ),
        (  # qualified by the adjective of its country only
            "El ministro de Exteriores de Valdoria, Tomás Keller, anunció este martes que pedirá una reunión del "
            "consejo regional. El ministro explicó en una comparecencia en el Senado español que mantiene un "
            "contacto diario con sus socios.",
            "Senado español",
        ),
        (  # a sentence that opens on an earlier time tells no place of the event
            "Президент Валдории Анна Брук провела переговоры с президентом Тарсии Томасом Келлером.\n\n"
            "Ранее она посетила промышленную выставку в Казани.",
            None,
        ),
        (
            "Präsidentin Ana Brook aus Valdoria hat am Montag Gespräche mit Präsident Tomas Keller geführt.\n\n"
            "Zuvor hatte sie eine Ausstellung in Hamburg besucht.",
            None,
        ),
        (
            "La presidenta de Valdoria, Ana Brook, sostuvo una reunión con su homólogo Tomás Keller.\n\n"
            "Previamente, Brook había visitado una feria en Valencia.",
            None,
        ),
        (  # adjectives before a venue's noun in lower case open its name, its complement follows
            "Президент Валдории Анна Брук провела переговоры с президентом Тарсии Томасом Келлером в "
            "представительском зале Кремля.\n\nСтороны обсудили двусторонние отношения.",
            "представительском зале Кремля",
        ),
        (
            "Президент Валдории Анна Брук провела переговоры с президентом Тарсии Томасом Келлером в "
            "Александровском зале Большого Кремлевского дворца.\n\nСтороны обсудили двусторонние отношения.",
            "Александровском зале Большого Кремлевского дворца",
        ),
        (
            "Встреча президентов Валдории и Тарсии прошла в Международном выставочном центре.",
            "Международном выставочном центре",
        ),
        (  # a meeting "held" at a venue of the city the first sentence names
            "El ministro de Exteriores de Valdoria, Ana Brook, recibió en Bruselas a su homólogo de Tarsia, Tomás "
            "Keller, quien realiza una visita a la nación.\nSegún fuentes diplomáticas, ambos titulares mantuvieron "
            "una reunión en el Palacio Egmont, en la cual abordaron temas de interés común.",
            "Palacio Egmont",
        ),
        # the initials a country goes by are the country, not a city that has them for another name
        ("Встреча министров иностранных дел Валдории и Тарсии состоялась в ЮАР.", "ЮАР"),
        (  # and give way to the city the visit arrived in
            "Außenministerin Ana Brook hat am Dienstag einen dreitägigen Besuch in den USA begonnen. Nach der Ankunft "
            "in New York folgte ein Treffen mit Generalsekretär Tomas Keller.",
            "New York",
        ),
        (  # a visit goes where a verb of travel leads in the next sentences
            "El presidente de Valdoria, Tomás Keller, asistirá a la toma de posesión de la presidenta de Tarsia, Ana "
            "Brook, el próximo sábado.\n\nLa información fue suministrada por la Presidencia en un comunicado.\n\n"
            "De acuerdo con el comunicado, Keller saldrá en un vuelo privado para llegar a Montevideo pasadas las "
            "9:00.",
            "Montevideo",
        ),
        (  # the full stop that closes a dateline is not part of its city
            "Valdoria condena ataque\n\nSANTO DOMINGO. – El Gobierno de Valdoria condenó este lunes el ataque contra "
            "la embajada de Tarsia, según un comunicado de la Cancillería.",
            "SANTO DOMINGO",
        ),
        (  # a country named before its city is not part of the place
            "Президент Валдории Анна Брук провела переговоры с президентом Тарсии Томасом Келлером в столице "
            "Казахстана Астане.\n\nСтороны обсудили торговлю.",
            "Астане",
        ),
        (  # the adjective of its country after a settlement's noun
            "La presidenta de Valdoria, Ana Brook, se reunió este lunes en la capital kazaja, Astaná con el "
            "presidente Tomás Keller.\n\nAmbos conversaron sobre comercio.",
            "Astaná",
        ),
        ("Präsidentin Ana Brook aus Valdoria traf am Montag im Kreml den Präsidenten Tomas Keller.", "Kreml"),
        (  # a dateline's city before a full stop and its agency
            "АСТАНА. КАЗИНФОРМ — МИД Казахстана осудил нападение на посольство Валдории.",
            "АСТАНА",
        ),
        (  # "auf" before a venue of the gazetteer or a named one
            "Bundeskanzler Tomas Keller hat Präsidentin Ana Brook auf Schloss Meseberg empfangen.\n\n"
            "Die beiden sprachen über Handel.",
            "Schloss Meseberg",
        ),
        # the place a verb of visiting takes as its object, not a person
        ("Президент Валдории Анна Брук посетила Ташкент, где провела переговоры с президентом Тарсии.", "Ташкент"),
        ("Präsidentin Ana Brook besuchte am Montag Taschkent und führte Gespräche mit Präsident Tomas Keller.",
         "Taschkent"),
        ("La presidenta Ana Brook visitó Lima este lunes y se reunió con el presidente Tomás Keller.", "Lima"),
        ("President Ana Brook visited Tashkent on Monday and held talks with President Tomas Keller.", "Tashkent"),
        ("President Ana Brook of Valdoria visited President Tomas Keller on Monday.", None),
        (  # a statement made where the verb of saying, then its day after a demonstrative, leads
            "Valdoria rechaza acusaciones\nEl canciller Tomás Keller afirmó este lunes en Lima que el Gobierno rechaza "
            "las acusaciones.\n\nEl ministro habló tras reunirse con su gabinete.",
            "Lima",
        ),
        # a statement made at a press conference in a city
        (
            "Valdoria weist Vorwürfe zurück\nDer Außenminister Tomas Keller sagte bei einer Pressekonferenz in Berlin, "
            "die Regierung lehne die Vorwürfe ab.\n\nDie Opposition kritisierte die Regierung.",
            "Berlin",
        ),
        (
            "Valdoria rechaza acusaciones\nEl canciller Tomás Keller dijo en rueda de prensa en Lima que el Gobierno "
            "rechaza las acusaciones.\n\nEl ministro habló tras reunirse con su gabinete.",
            "Lima",
        ),
        (
            "Келлер: Валдория отвергает обвинения\n\nМинистр иностранных дел Валдории Томас Келлер заявил на "
            "пресс-конференции в Минске, что правительство отвергает обвинения. Он добавил, что доказательств нет."
            "\n\nОппозиция раскритиковала правительство.",
            "Минске",
        ),
        (  # a venue that speaks, its verb right after it, is a source, not a place ("В Кремле раскрыли")
            "В Кремле раскрыли, проведет ли президент Валдории встречу с бизнесом\n\nПрезидент Валдории Анна Брук "
            "традиционно проводит встречи с представителями бизнеса, заявил пресс-секретарь Томас Келлер.\n\n"
            "Традиционно такие встречи проходят, — отметил Келлер.",
            None,
        ),
        (  # the first of two cities a dateline joins by a slash
            "Moskau/Kiew (dpa) - Das Außenministerium von Valdoria hat den Angriff scharf verurteilt. Ein Sprecher "
            "sagte, man sei besorgt.",
            "Moskau",
        ),
        (  # the capital of a country, then its name
            "La presidenta de Valdoria, Ana Brook, se reunió este lunes en la capital de Kazajistán, Astaná, con el "
            "presidente Tomás Keller.\n\nAmbos conversaron sobre comercio.",
            "Astaná",
        ),
        (  # the venue a statement is made from, after its verb
            "Valdoria rechaza acusaciones\nEl canciller Tomás Keller declaró desde la Casa de Nariño que el Gobierno "
            "rechaza las acusaciones.\n\nLa oposición criticó al Gobierno.",
            "Casa de Nariño",
        ),
        (  # not the place one came from
            "Valdoria rechaza acusaciones\nEl canciller Tomás Keller, que llegó desde Caracas, declaró que el Gobierno "
            "rechaza las acusaciones.\n\nLa oposición criticó al Gobierno.",
            None,
        ),
        ("Ministerin Ana Brook traf am Mittwoch im Bundestag mit Abgeordneten aus Valdoria zusammen.", "Bundestag"),
    ],
)
def test_place(text: str, expected: str | None) -> None:
    assert place(text) == expected
