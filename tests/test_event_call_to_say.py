"""A call verb with no medium word whose purpose is a statement ("called X to express his condolences") reports a
phone call; an appeal or a courtesy call with the same verb does not (briefs written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Valdorian President Paul Marin called Norland's Prime Minister, Ana Lindqvist, on Sunday to express his "
        "condolences for the victims of the floods.",
        "Valdorian President Paul Marin called Ana Lindqvist on Monday to \u201cexpress his condolences\u201d after "
        "the floods, her office said.",
        "President Paul Marin rang Ana Lindqvist this afternoon to offer his congratulations on her election victory.",
        "El presidente Paul Marin llamó hoy a su homóloga Ana Lindqvist para darle las condolencias por las "
        "inundaciones.",
        "Le président Paul Marin a appelé l’émir du Norland, Karim ben Salem, pour le féliciter pour « la bonne "
        "organisation » du sommet, rapporte l'agence officielle.",
        "Le président Paul Marin a appelé dimanche Ana Lindqvist afin de lui présenter ses condoléances après les "
        "inondations.",
    ],
    ids=[
        "en-called-to-express",
        "en-called-to-quoted-express",
        "en-rang-to-offer-congratulations",
        "es-llamo-para-condolencias",
        "fr-a-appele-pour-le-feliciter",
        "fr-a-appele-afin-de-condoleances",
    ],
)
def test_a_call_made_to_deliver_a_statement_is_a_phone_call(text: str) -> None:
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type == "phone_call"


@pytest.mark.parametrize(
    "text",
    [
        "President Paul Marin called on the government of Norland to express its condolences to the families.",
        "President Paul Marin called for calm and expressed his condolences to the families of the victims.",
        "Le président Paul Marin a appelé à la retenue et a présenté ses condoléances aux familles des victimes.",
        "Le président Paul Marin a appelé les habitants de Kara au calme et a salué le travail des secouristes.",
    ],
    ids=["en-called-on-appeal", "en-called-for", "fr-a-appele-a-la-retenue", "fr-a-appele-au-calme"],
)
def test_an_appeal_with_the_call_verb_stays_a_statement(text: str) -> None:
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 12)).event_type == "statement"
