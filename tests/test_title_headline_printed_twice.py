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
