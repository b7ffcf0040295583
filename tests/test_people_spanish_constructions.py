"""Spanish constructions of who took part, each on a fictional brief: names that only a headline gives, photo
credits, a verb that opens a sentence, lists that go on in a sentence of their own."""

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
