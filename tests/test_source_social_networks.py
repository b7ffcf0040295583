"""Source shapes of briefs from many outlets: words published on a social network ("wrote on X", "a écrit sur son
compte X", "escribió en Truth Social", "написал в своем Telegram-канале") name the network, unless an agency signs
the brief or a body was cited first; a share button names none; an outlet's acronym in brackets opening its line,
a sentence after it ("(VALNEWS) On Monday, …"); agencies the register now knows.

The briefs are invented for these tests.
"""

import pytest

from briefparse import parse


def source_name(text: str) -> str | None:
    """The name of the source parsed from a brief, None when it cites none."""
    found = parse(text).source
    return None if found is None else found.name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Marin meets Varga\nValdorian Foreign Minister Paul Marin met his Norlish counterpart Ilse Varga in "
            "Korvik on Monday. \"We discussed trade and the new rail link,\" Marin wrote on X.",
            "X",
        ),
        (
            "Entretien Marin-Varga\nLe ministre valdorien des Affaires étrangères, Paul Marin, s'est entretenu lundi "
            "avec son homologue norlandaise Ilse Varga. « Un échange franc et utile », a écrit Paul Marin sur son "
            "compte X.",
            "X",
        ),
        (
            "Llamada\nEl presidente valdorio, Paul Marin, sostuvo este lunes una llamada con su homóloga norlandesa, "
            "Ilse Varga. «Fue un honor hablar con la presidenta», escribió Marin en Truth Social.",
            "Truth Social",
        ),
        (  # the participant's own account: the network, no longer "how it was said" alone
            "Reunión\nLa canciller Ana Robles se reunió con su par Luis Mora, así lo informó a través de su cuenta en "
            "la red X.",
            "X",
        ),
        (  # a role speaking in a message: the network the message was published on
            "E\nLe président Jean Dorval s'est entretenu avec le Premier ministre Paul Mba, a indiqué le chef de "
            "l'Etat dans un message publié sur X.",
            "X",
        ),
        (  # the participle after an inverted pronoun, the network after its noun
            "Entretien\nLe président Paul Marin s'est entretenu mardi avec la présidente Ilse Varga, a-t-il indiqué "
            "sur le réseau social X.",
            "X",
        ),
        (  # the networks at large
            "Llamada\nEl presidente Paul Marin conversó el martes con la presidenta Ilse Varga. Así lo dio a conocer "
            "el mandatario a través de sus redes sociales.",
            "redes sociales",
        ),
        (
            "Разговор\nПрезидент Вальдории Пауль Марин провел в понедельник телефонный разговор с президентом "
            "Норландии Ильзе Варгой. «Обсудили торговлю», — написал Марин в своем Telegram-канале.",
            "Telegram-канал",
        ),
    ],
)
def test_words_published_on_a_network_name_it(text: str, name: str) -> None:
    assert source_name(text) == name


def test_a_share_button_names_no_network() -> None:
    text = (
        "Entretien Marin-Varga\nLe ministre valdorien Paul Marin s'est entretenu lundi avec son homologue "
        "norlandaise Ilse Varga.\nPartager sur Facebook\nPartager sur X"
    )
    assert source_name(text) is None


def test_an_agency_that_signs_the_brief_outranks_the_network() -> None:
    text = (
        "Marin thanks Varga\nIn a Facebook post, Valdorian Prime Minister Paul Marin said he thanked Norlish "
        "President Ilse Varga during a telephone call on Sunday.\n\nThe two leaders agreed to meet in June. ― Bernama"
    )
    assert source_name(text) == "Bernama"


def test_a_body_that_speaks_before_its_post_is_the_source() -> None:
    text = (
        "Appel Marin-Varga\nLa porte-parole de la présidence valdorienne, Anna Lind, a annoncé l'entretien sur X. "
        "Elle a écrit lundi que le président Paul Marin avait parlé avec la présidente Ilse Varga."
    )
    assert source_name(text) != "X"


def test_a_body_that_posted_on_a_day_before_naming_the_network_is_the_source() -> None:
    text = (
        "Llamada\nLos presidentes de Valdoria y Norlandia, Paul Marin e Ilse Varga, hablaron por teléfono el jueves. "
        "La Cancillería de Valdoria informó el viernes en Facebook que ambos mandatarios conversaron durante una hora."
    )
    assert source_name(text) == "Cancillería de Valdoria"


def test_an_acronym_in_brackets_opening_its_line_before_a_sentence_is_the_outlet() -> None:
    text = (
        "Ministers meet\n(VALNEWS) On Sunday in Korvik, the foreign ministers of Valdoria and Norland, Paul Marin "
        "and Ilse Varga, held talks on trade."
    )
    assert source_name(text) == "VALNEWS"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Canciller valdorio\nKorvik, 6 ene (RHC) El canciller de Valdoria, Paul Marin, anunció que se reunirá "
            "con la presidenta electa de Norlandia, Ilse Varga.",
            "RHC",
        ),
        (
            "Valdoria, Norland talk trade\nHANOI (VOV) On Monday the foreign ministers of Valdoria and Norland, Paul "
            "Marin and Ilse Varga, met in Hanoi.",
            "VOV",
        ),
    ],
)
def test_agencies_the_register_now_knows(text: str, name: str) -> None:
    assert source_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Entretien\nLe Premier ministre Paul Marin a reçu lundi l'ambassadeur Ilse Varga. « Nous avons parlé de "
        "commerce », a déclaré le Premier ministre à l'issue de l'audience.",
        "Treffen\nKanzler Paul Marin hat am Montag die Botschafterin Ilse Varga empfangen. \"Wir haben über Handel "
        "gesprochen\", sagte der Kanzler nach dem Treffen.",
    ],
)
def test_a_role_speaking_then_when_it_spoke_is_no_source(text: str) -> None:
    assert source_name(text) is None


def test_when_a_body_spoke_is_no_part_of_its_name() -> None:
    text = (
        "Entretien\nLe président Paul Marin a reçu lundi l'ambassadeur Ilse Varga, a indiqué le ministère des "
        "Affaires étrangères lors d'un point de presse."
    )
    assert source_name(text) == "ministère des Affaires étrangères"


def test_a_site_named_by_its_domain_keeps_its_capitalised_ending() -> None:
    text = "Meeting\nPresident Paul Marin received Ambassador Ilse Varga on Monday, Valdoria.Az reports."
    assert source_name(text) == "Valdoria.Az"


def test_an_agency_after_a_dateline_closed_by_a_full_stop_and_a_dash() -> None:
    text = "Reunión\nCaracas, 3 Mar. AVN.- El presidente Paul Marin recibió al embajador de Norlandia, Ilse Varga."
    assert source_name(text) == "AVN"


def test_a_body_after_the_document_it_spoke_through() -> None:
    text = (
        "Llamada\nEl primer ministro Paul Marin conversó el martes con la presidenta norlandesa Ilse Varga, informó "
        "a través de un comunicado la oficina de prensa del Gobierno."
    )
    assert source_name(text) == "oficina de prensa del Gobierno"


@pytest.mark.parametrize(
    "text",
    [
        "Entretien\nLe président Paul Marin a reçu lundi l'ambassadeur de Norlande, Ilse Varga. La rencontre n'avait "
        "pas été annoncée par la présidence.",
        "Meeting\nPresident Paul Marin received Norlish Ambassador Ilse Varga on Monday. The meeting was not "
        "announced by the Foreign Ministry.",
    ],
)
def test_who_did_not_say_it_is_no_source(text: str) -> None:
    assert source_name(text) is None


def test_a_communication_unit_signing_with_few_capitals() -> None:
    text = (
        "Entretien\nLe ministre Paul Marin a reçu lundi son homologue Ilse Varga.\n\nCellule de communication du "
        "ministère des Affaires étrangères"
    )
    assert source_name(text) == "Cellule de communication du ministère des Affaires étrangères"
