"""The body that issued a statement, named right after the document it spoke through: "En una declaración pública,
la Cancillería …", "… via un communiqué du ministère …". Every brief here is invented for the test."""

import datetime as dt

import pytest

import briefparse


def source_name(text: str) -> str | None:
    source = briefparse.parse(text, reference_date=dt.date(2025, 3, 4)).source
    return source.name if source else None


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Valdoria condena el atentado\n\nEn una declaración pública, la Cancillería de Valdoria repudió el atentado"
            " ocurrido ayer en Tarsk.\n\nEl ministerio envió sus condolencias a las familias de las víctimas.",
            "Cancillería de Valdoria",
        ),
        (
            "Valdoria condena el atentado\n\nEn una declaración, el Ministerio de Relaciones Exteriores de Valdoria"
            " condenó el atentado ocurrido ayer en Tarsk.\n\nEl ministerio envió sus condolencias a las familias.",
            "Ministerio de Relaciones Exteriores de Valdoria",
        ),
        (
            "La Valdorie condamne l'attaque\n\nLa Valdorie a condamné l'attaque contre son ambassade à Tarsk via un"
            " communiqué du ministère des Affaires étrangères, diffusé lundi soir.\n\nLe texte appelle au calme.",
            "ministère des Affaires étrangères",
        ),
        (
            "La Valdorie condamne l'attaque\n\nCette condamnation a été faite par voie de communiqué du ministère des"
            " Affaires étrangères de Valdorie, publié lundi.\n\nLe texte appelle au calme.",
            "ministère des Affaires étrangères de Valdorie",
        ),
    ],
)
def test_the_body_after_the_document_it_spoke_through_is_the_source(text: str, body: str) -> None:
    name = source_name(text)
    assert name is not None and name.startswith(body)
