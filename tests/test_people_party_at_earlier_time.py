"""A person named as a party to an occasion that a month or a year gone by dates ("recordó la visita del presidente
X, en noviembre de 2022", "the visits by X in November 2022", "En mai 2016, le Président a pris part, à l'invitation
de X, au Forum") is mentioned, not a party to the event reported; not someone followed by a time that dates another
event word ("Y, host of the previous summit held in 2009"), nor a state's start ("the first since 2021").

Every brief here is invented for the test.
"""

import pytest

import briefparse
from briefparse.analysis import Analysis
from briefparse.document import load_document
from briefparse.extract.dates import extract_dates, written_days


@pytest.mark.parametrize(
    ("text", "reference", "guest"),
    [
        (
            "El alcalde de Monterrey, Luis Garza Toral, se reunió este martes con la embajadora de Chile en México, "
            "Ana Pereira Solís. En el encuentro, ambos dialogaron sobre turismo y cultura. Garza Toral recordó la "
            "visita del presidente de Chile, Tomás Ibarra, en noviembre de 2022, cuando fue declarado huésped "
            "distinguido de la ciudad.",
            "2024-05-14",
            "Tomás Ibarra",
        ),
        (
            "Foreign Minister Lena Ostrova met Norland's ambassador Karl Vester in Porta Nova on Tuesday. Ostrova "
            "stressed the importance of the state visits to Norland by President Jan Olsen in November 2022 and "
            "Prime Minister Eva Lind in late June 2023.",
            "2024-07-16",
            "Jan Olsen",
        ),
        (
            "Le président Paul Marin a reçu mercredi à Niamey l'émir Karim Al-Fadi. En mai 2016, rappelle-t-on, le "
            "président Marin a pris part, à l'invitation du prince Omar Al-Fadi, à la cérémonie inaugurale du forum "
            "de Doha.",
            "2024-02-07",
            "Omar Al-Fadi",
        ),
        (
            "La ministre Delphine Aubry a rencontré le président Jules Moreau à Port-au-Prince. Cette rencontre "
            "s'inscrit dans la célébration de relations anciennes, nouées quand Louis Darbon a apporté son soutien à "
            "Pedro Salas en 1816.",
            None,
            "Pedro Salas",
        ),
    ],
)
def test_party_at_an_earlier_time_is_mentioned(text: str, reference: str | None, guest: str) -> None:
    brief = briefparse.parse(text, reference_date=reference)
    assert guest not in {p.name for p in brief.participants}
    assert guest in {p.name for p in brief.people_mentioned}
    assert len(brief.participants) >= 2


@pytest.mark.parametrize(
    ("text", "reference", "names"),
    [
        (
            "La presidenta de Argentina, Elena Campos, presidió este viernes la inauguración de la cumbre en Mar del "
            "Plata, junto al secretario general, Mario Ruiz, y el presidente de Portugal, Rui Costa, anfitrión de la "
            "anterior cumbre, celebrada en Estoril en 2009.",
            "2010-12-03",
            {"Elena Campos", "Mario Ruiz", "Rui Costa"},
        ),
        (
            "Le président Karim Al-Fadi est arrivé lundi 5 décembre à Doha. Il a été accueilli par l'émir Omar "
            "Al-Sabri. La visite du président Al-Fadi est la première depuis le rétablissement en 2021 des relations.",
            "2022-12-05",
            {"Karim Al-Fadi", "Omar Al-Sabri"},
        ),
    ],
)
def test_party_of_the_event_stays(text: str, reference: str, names: set[str]) -> None:
    assert names <= {p.name for p in briefparse.parse(text, reference_date=reference).participants}


def test_written_days_tell_months_and_years_gone_by() -> None:
    text = (
        "El alcalde Luis Garza se reunió el 14 de mayo de 2024 con la embajadora Ana Pereira. Recordó la visita de "
        "Tomás Ibarra en noviembre de 2022 y la de Rosa Vidal en 2019, y anunció otra en mayo de 2024."
    )
    analysis = Analysis(load_document(text))
    event, published = extract_dates(analysis, None)
    assert event is not None
    periods = written_days(analysis, event, published).periods
    # the day of the event is no month of its own; the one still to come is not gone by
    told = {text[at : at + 9]: other for at, other in periods}
    assert told == {"noviembre": True, "en 2019, ": True, "mayo de 2": False}
