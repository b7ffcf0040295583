"""Spanish (and a French headline's) constructions of who took part, each on a fictional brief: names that only a
headline gives, photo credits, a verb that opens a sentence, lists that go on in a sentence of their own."""

import datetime as dt

import briefparse

DAY = dt.date(2025, 3, 4)


def _names(text: str) -> list[str | None]:
    return [p.name for p in briefparse.parse(text, reference_date=DAY).participants]


def test_a_verb_that_opens_a_sentence_is_no_given_name():
    text = ("El presidente de Chile, Tomás Aranda, se reunió hoy con embajadores en Santiago. Asistieron Rosa Villar "
            "y el subsecretario Manuel Ortega.")
    assert "Rosa Villar" in _names(text)


def test_a_plural_group_after_tambien_goes_on_with_the_members_of_a_delegation():
    text = ("El presidente Luis Quispe se reunió hoy con su homólogo chileno en Santiago. La delegación peruana está "
            "conformada por el titular del Congreso, César Vargas; y el ministro de Economía, Raúl Tello. También los "
            "congresistas Rosa Lima, Hugo Tapia, Alba Ríos, y el secretario general del Despacho Presidencial, "
            "Luis Nava.")
    names = _names(text)
    assert {"Rosa Lima", "Hugo Tapia", "Alba Ríos", "Luis Nava"} <= set(names)


def test_a_headline_s_two_full_names_take_part_when_the_body_gives_offices():
    text = ("Andrés Vela y Luis Quispe abordan cooperación fronteriza\n"
            "Los cancilleres de Ecuador y Perú se reunieron este lunes en el Palacio de Carondelet.")
    names = _names(text)
    assert "Andrés Vela" in names and "Luis Quispe" in names


def test_whom_a_headline_s_event_is_done_with_takes_part():
    text = ("Vela recibe a Quispe en Quito\n"
            "El canciller ecuatoriano recibió este lunes a su homólogo peruano en el Palacio de Carondelet.")
    assert "Quispe" in _names(text)


def test_a_country_after_a_headline_s_event_is_no_one():
    text = ("Vela se reúne con Rusia en Quito\n"
            "El canciller ecuatoriano se reunió este lunes con el embajador ruso en el Palacio de Carondelet.")
    assert "Rusia" not in _names(text)


def test_a_city_after_a_headline_s_event_and_a_place_s_preposition_is_no_one():
    text = ("Les chefs de la diplomatie du Sahel se sont rencontrés à Québec\n"
            "La ministre malienne des Affaires étrangères, Awa Traoré, a reçu vendredi ses homologues nigérien et "
            "burkinabè pour parler de sécurité.")
    assert "Québec" not in _names(text)


def test_things_a_headline_s_event_counts_are_no_one():
    text = ("Peru, Chile sign two MoUs on trade\n"
            "Lima — Peru's foreign minister Ana Soto and her Chilean counterpart Luis Vera signed two memoranda "
            "on Monday.")
    assert "MoUs" not in _names(text)


def test_a_photo_credit_around_a_slash_at_a_caption_s_end_is_no_one():
    text = ("Vela se reúne con el canciller peruano\n"
            "Andrés Vela se reúne con Luis Quispe. / Marta Olmedo – Agencia Andes\n"
            "1. Andrés Vela se reúne con Luis Quispe. | Pool Cancillería / Jorge Ibarra - 03.03.2025\n"
            "El canciller ecuatoriano, Andrés Vela, se reunió este lunes con su homólogo peruano, Luis Quispe, en "
            "Quito.")
    names = _names(text)
    assert "Marta Olmedo" not in names and "Jorge Ibarra" not in names and "Pool Cancillería" not in names
    assert "Luis Quispe" in names


def test_a_rank_between_an_office_s_comma_and_the_name_leaves_the_office_to_the_holder():
    text = ("El Ministro de Defensa, General Juan Pérez, recibió hoy al Embajador de Corea, Kim Min-jun, en la sede "
            "del ministerio.")
    people = briefparse.parse(text, reference_date=DAY).participants
    assert [(p.name, p.role) for p in people] == [
        ("Juan Pérez", "Ministro de Defensa"),
        ("Kim Min-jun", "Embajador de Corea"),
    ]
