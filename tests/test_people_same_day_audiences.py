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



ES = (
    "El presidente de Perú, Ramiro Ortega Vidal, se reunió este lunes en Lima con el alcalde de Cusco, Julio Barrios "
    "Ruiz, para tratar la cooperación turística.\n\n"
    "Ambos dialogaron sobre proyectos de infraestructura en la región.\n\n"
    "Más temprano, Ortega Vidal se había reunido con la ministra de Salud, Ana Ferrer Lima.\n"
)


def test_es_earlier_the_same_day_is_one_more_meeting() -> None:
    assert "Ana Ferrer Lima" in names(ES)


def test_es_a_breakfast_earlier_the_same_day_is_one_more_meeting() -> None:
    text = ES.replace("se había reunido con", "tuvo un desayuno con")
    assert "Ana Ferrer Lima" in names(text)


def test_es_a_meeting_weeks_before_stays_another_occasion() -> None:
    text = ES.replace("Más temprano,", "Hace unas semanas,")
    assert "Ana Ferrer Lima" not in names(text)
