"""An audience told in the pluperfect but placed on the story's own day ("Un peu plus tôt dans la journée, X avait
rencontré Y") is one more of the day's audiences: its guest takes part. Every brief here is invented for the test."""

import datetime as dt

import briefparse

FR = (
    "Audiences au palais\n"
    "Le président Marc Obiang Tessa a reçu jeudi le ministre des Affaires étrangères du Niger, Amadou Sallé Kondo.\n\n"
    "Un peu plus tôt dans la journée, M. Tessa avait rencontré Félicien Bamba, le chef de la diplomatie ivoirienne.\n\n"
    "Les deux visiteurs se trouvent dans le pays pour un forum économique.\n"
)


def names(text: str) -> list[str]:
    brief = briefparse.parse(text, reference_date=dt.date(2023, 5, 4))
    return [p.name for p in brief.participants if p.name]


def test_fr_earlier_the_same_day_is_one_more_audience() -> None:
    assert "Félicien Bamba" in names(FR)


def test_fr_the_day_before_stays_another_occasion() -> None:
    text = FR.replace("Un peu plus tôt dans la journée,", "La veille,")
    assert "Félicien Bamba" not in names(text)

