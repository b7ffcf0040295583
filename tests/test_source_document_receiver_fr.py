"""Source: the agency or the outlet a document reached, when the brief names no issuer ("indique un communiqué dont
l'APS a eu connaissance", "parvenu à la rédaction de X"). Every brief here is invented for the test."""

import datetime as dt

import pytest

import briefparse

LEAD = "Le ministre malien des Affaires étrangères, Oumar Kanté, a reçu mardi son homologue nigérien, Issa Mounkaïla"


def source_name(text: str) -> str | None:
    source = briefparse.parse(text, reference_date=dt.date(2024, 3, 5)).source
    return source.name if source else None


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        (", indique un communiqué dont l’APS a eu connaissance.", "APS"),
        (", indique un communiqué dont l'AIP a obtenu copie.", "AIP"),
        (", selon un communiqué dont Sahel Info a reçu copie.", "Sahel Info"),
        (", selon un communiqué parvenu à l’AIP.", "AIP"),
        (", rapporte un communiqué transmis à l’APS.", "APS"),
        (". « Nos félicitations », peut-on lire dans le document parvenu à la rédaction de Le Journal du Sahel.",
         "Le Journal du Sahel"),
    ],
)
def test_the_receiver_of_a_document_is_the_source(tail: str, name: str) -> None:
    assert source_name(LEAD + tail) == name


@pytest.mark.parametrize(
    "tail",
    [
        # the outlet's own newsroom, no source
        ", indique un communiqué parvenu à notre rédaction.",
        # a person told, not an outlet
        ", selon un communiqué dont Issa Mounkaïla a eu connaissance.",
    ],
)
def test_no_receiver_source(tail: str) -> None:
    assert source_name(LEAD + tail) is None


def test_the_issuer_named_stays_the_source() -> None:
    text = LEAD + ", annonce un communiqué de la présidence parvenu à l’AIP."
    assert source_name(text) != "AIP"
