"""Source on briefs invented for these tests (fictional people, real countries): a sentence that opens on a
conjunction or an adverb before a verb of saying, its subject left unsaid ("Y agregó: …", "También reconoció …"),
names no source: the speaker is the one quoted before; a body named before such a verb still is one."""

from __future__ import annotations

from briefparse import parse


def test_a_conjunction_before_the_verb_is_no_source_es() -> None:
    text = (
        "El presidente de Argentina, Tomás Ruiz, almorzó este jueves en Colonia con su par de Uruguay, Luis Mora.\n"
        "“Fue una muy buena reunión”, aseguró Ruiz tras el encuentro.\n"
        'Y agregó: "Hay que trabajar juntos por la región".'
    )
    source = parse(text, reference_date="2020-11-19").source
    assert source is None or source.name not in {"Y", "y"}


def test_an_adverb_before_the_verb_is_no_source_es() -> None:
    text = (
        "El gobernador Tomás Ruiz recibió en su despacho al embajador de España, Luis Mora.\n"
        "También reconoció la importancia de estas reuniones para la inversión en el estado."
    )
    source = parse(text, reference_date="2021-03-02").source
    assert source is None or source.name != "También"


def test_a_body_before_the_verb_is_still_a_source_es() -> None:
    text = (
        "El canciller Tomás Ruiz conversó por teléfono con su homólogo de Chile, Luis Mora.\n"
        "La Cancillería informó que ambos repasaron la agenda bilateral."
    )
    source = parse(text, reference_date="2021-03-02").source
    assert source is not None and "Cancillería" in source.name
