"""The headline a page prints more than once in its head (as its title, again as its heading) outranks a line
above it that names no event, such as an advertisement; a photo's caption printed twice is no headline.

Every brief and every person here is invented for the test; the countries are real or invented.
"""

import briefparse


def test_a_headline_printed_twice_outranks_an_advertisement_above_it():
    text = (
        "Envíos a toda Valdoria desde 199 dólares, compre ahora\n\n"
        "Periódico del Norte\n\n"
        "Valdoria sustituye a su embajador en Norland\n\n"
        "NOTICIAS DE VALDORIA\n\n"
        "Valdoria sustituye a su embajador en Norland\n\n"
        "El gobierno de Valdoria designó a Luis Soto, un almirante sin experiencia diplomática, como embajador en "
        "Norland en lugar de Pedro Gil, quien ocupaba el cargo desde 2019, según informó la Asamblea Nacional.\n"
    )
    assert briefparse.parse(text).title == "Valdoria sustituye a su embajador en Norland"


def test_a_caption_printed_twice_is_no_headline():
    text = (
        "Marin designa a un hermano de Soto embajador en Norland\n\n"
        "Luis Soto junto a su hermano, el presidente Pedro Soto. Foto: AFP.\n\n"
        "Luis Soto junto a su hermano, el presidente Pedro Soto. Foto: AFP.\n\n"
        "El presidente de Valdoria, Paul Marin, designó este jueves a Luis Soto embajador en Norland, después de "
        "tres meses sin representante en ese país, según informó la cancillería.\n"
    )
    assert briefparse.parse(text).title == "Marin designa a un hermano de Soto embajador en Norland"


def test_a_caption_printed_twice_without_a_stop_under_the_headline_is_no_headline():
    text = (
        "NORLAND POST\n\n"
        "Valdorian foreign minister arrives in Norland for talks with President Berg\n\n"
        "Lena HaasMarch 3, 2021\n\n"
        "Valdorian Foreign Minister Paul Marin lands in Port Luna — Photo by author\n\n"
        "Valdorian Foreign Minister Paul Marin lands in Port Luna — Photo by author\n\n"
        "Valdorian Foreign Minister Paul Marin arrived in Port Luna on Wednesday to hold talks with President Anna "
        "Berg and other officials of Norland.\n"
    )
    assert briefparse.parse(text).title == "Valdorian foreign minister arrives in Norland for talks with President Berg"


def test_a_rubric_printed_twice_under_the_headline_is_no_headline():
    text = (
        "Statement by the Spokesperson on the floods in Valdoria\n\n"
        "Statements | Office of the Spokesperson\n\n"
        "Statements | Office of the Spokesperson\n\n"
        "The Spokesperson expresses deep sorrow over the floods in Valdoria, which have killed dozens of people, and "
        "offers condolences to the families of the victims.\n"
    )
    assert briefparse.parse(text).title == "Statement by the Spokesperson on the floods in Valdoria"


def test_a_headline_printed_twice_under_a_site_motto_outranks_it():
    text = (
        "Le premier journal de Valdoria\n\n"
        "Diplomatie : l'ambassadeur de Norland reçu au palais\n\n"
        "Diplomatie : l'ambassadeur de Norland reçu au palais\n\n"
        "Le président Paul Marin a reçu lundi le nouvel ambassadeur de Norland, Jean Ostrik, venu lui remettre un "
        "message de son gouvernement.\n"
    )
    assert briefparse.parse(text).title == "Diplomatie : l'ambassadeur de Norland reçu au palais"
