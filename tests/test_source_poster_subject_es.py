"""The one who posted on the networks at large, named as the subject before the verb of posting, is the source
(briefs written for these tests, fictional people): a person's name the brief gives, past a phrase set off by a
comma ("Antes de la conferencia, Varga dio a conocer … a través de sus redes sociales"), or a body by its noun ("El
Gobierno peruano indicó, en sus redes sociales, …"); a role alone ("La ministra compartió …") names no one."""

from __future__ import annotations

import briefparse


def test_a_named_person_after_a_fronted_phrase_is_the_source_es() -> None:
    text = (
        "La presidenta de Perú, Ana Varga Soto, sostuvo una conversación telefónica con el presidente de Chile, Pedro "
        "Lenz Oliva.\n"
        "Antes de iniciar su conferencia, Varga dio a conocer el contacto a través de sus redes sociales, donde "
        "calificó el diálogo como cordial.\n"
    )
    source = briefparse.parse(text, reference_date="2024-05-02").source
    assert source is not None and source.name == "Varga"


def test_a_body_before_the_verb_is_the_source_es() -> None:
    text = (
        "Los presidentes de Perú, Ana Varga Soto, y de Chile, Pedro Lenz Oliva, hablan hoy por teléfono.\n"
        "El Gobierno peruano indicó, en sus redes sociales, que ambos mandatarios repasaron la agenda bilateral.\n"
    )
    source = briefparse.parse(text, reference_date="2024-05-02").source
    assert source is not None and "Gobierno peruano" in source.name


def test_a_role_alone_names_no_poster_es() -> None:
    text = (
        "La presidenta de Perú, Ana Varga Soto, recibió este miércoles al embajador de Chile, Pedro Lenz Oliva.\n"
        "La mandataria compartió fotografías en sus redes sociales.\n"
    )
    source = briefparse.parse(text, reference_date="2024-05-02").source
    assert source is None or source.name != "La mandataria"
