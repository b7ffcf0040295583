"""A fronted phrase of the document a body spoke in, then the body as the clause's subject ("En una declaración
pública, la Cancillería de Norlandia repudió …"): the body is the source, without its verb (briefs written for
these tests)."""

from __future__ import annotations

import pytest

import briefparse


@pytest.mark.parametrize(
    "opening",
    [
        "En una declaración pública,",
        "A través de un comunicado,",
        "En un comunicado,",
        "Mediante una nota de prensa,",
    ],
)
def test_the_body_after_a_fronted_document_is_the_source(opening):
    text = (
        f"{opening} la Cancillería de Norlandia repudió el atentado ocurrido ayer en Porta Nova, que dejó diez "
        "heridos.\nEl ministerio envió sus condolencias a las familias de las víctimas.\n"
    )
    source = briefparse.parse(text).source
    assert source is not None
    assert source.name == "Cancillería de Norlandia"
