"""Event dates told by a weekday under an agency's dateline: a statement whose day a later sentence gives right
after the press point it was made at, and a relative word inside a quotation, which counts from the speaker's own
day (or none) rather than the brief's.

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse


def parse(text: str, reference: dt.date | None = None) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=reference)


@pytest.mark.parametrize(
    "text, iso",
    [
        (
            "Valdor : le ministre Paul Marin face à la presse\n\nPorta Nova, 13 mars 2024 (AVP) – Le ministre "
            "valdorien de l'Énergie, Paul Marin, qui animait un point de presse, mardi, a annoncé la construction de "
            "deux centrales solaires.\n\nLes travaux débuteront en juin.",
            "2024-03-12",
        ),
        (
            "Norland energy plans\n\nPORTA NOVA, March 13, 2024 (AVP) -- Norland's energy minister Paul Marin, who "
            "held a press conference on Tuesday, announced two new solar plants.\n\nWork will begin in June.",
            "2024-03-12",
        ),
        (
            "Valdor : Paul Marin condamne l'attaque\n\nPorta Nova, 13 mars 2024 (AVP) – Le ministre valdorien des "
            "Affaires étrangères, Paul Marin, a condamné, mardi, l'attaque contre la mission norlandaise.\n\n"
            "Le ministre a appelé au calme.",
            "2024-03-12",
        ),
    ],
    ids=["point-de-presse", "press-conference", "verb-comma-weekday"],
)
def test_a_weekday_right_after_the_press_point_dates_the_statement(text, iso):
    assert parse(text).date == iso


def test_a_relative_word_inside_a_quotation_is_not_the_day_of_the_event():
    text = (
        "Valdor : Paris et Porta Nova, un partenariat d'égal à égal selon Anne Roux\n\n"
        "13 mars 2024\nAgence Valdorienne de Presse\n\n"
        "Porta Nova — La coopération entre la Norlandie et le Valdor est un partenariat gagnant-gagnant, assure la "
        "ministre norlandaise de la Coopération, Anne Roux.\n\n"
        "En visite au Valdor, elle dit avoir senti \"une volonté de coopérer dans un partenariat qui, aujourd'hui, "
        "est un partenariat d'égal à égal\".\n\n"
        "Mme Roux animait un point de presse, mardi, à Porta Nova, où elle a participé à une réunion sur l'eau.\n"
    )
    assert parse(text, dt.date(2024, 3, 13)).date == "2024-03-12"


def test_a_stay_verb_that_takes_no_place_makes_no_event_sentence_for_the_date():
    text = (
        "Kessel, 22 août 2022 (AVP)-Le nouveau préfet de Kessel Paul Marin a été installé le jeudi dernier par le "
        "secrétaire général de la province.\n\n"
        "Il a été nommé au conseil des ministres du mercredi 03 août 2022 en remplacement de Jeanne Roux qui était "
        "à ce poste depuis novembre 2020."
    )
    assert briefparse.parse(text).date == "2022-08-18"


@pytest.mark.parametrize(
    "text, iso",
    [
        (
            "PORTA NOVA, 19 novembre (Xinhua) -- Les liens entre le Valdor et la Norlande sont solides, a déclaré "
            "mardi le président valdorien Paul Marin.\n\nM. Marin a fait ces remarques lors de sa rencontre avec le "
            "Premier ministre norlandais Jean Dufour en marge du sommet régional.",
            "2024-11-19",
        ),
        (
            "PORTA NOVA, 19 nov (Xinhua) -- Los lazos entre Valdor y Norlandia son sólidos, declaró este martes el "
            "presidente valdorense Paul Marin.\n\nMarin hizo estas declaraciones durante su reunión con el primer "
            "ministro norlandés Juan Dufour al margen de la cumbre regional.",
            "2024-11-19",
        ),
    ],
    ids=["fr", "es"],
)
def test_a_statements_weekday_in_a_yearless_datelines_sentence_fixes_the_year(text: str, iso: str) -> None:
    """The lead reports a statement made on a weekday under a yearless dateline; the meeting it was made at comes
    in the next sentence: the weekday and the dateline's day fix the year."""
    assert parse(text).date == iso


def test_relative_words_count_from_a_yearless_dateline_the_day_before_the_page_s_stamp() -> None:
    """A page stamped just after midnight (or in another time zone) over a dispatch whose dateline names the day
    before: "hoy" is the dateline's day, the stamp stays the publication date."""
    text = (
        "Valdor y Norlandia refuerzan sus lazos\n\nnoticias.example| 2025-02-04 00:40:12|\n\n"
        "PORTA NOVA, 3 feb (Xinhua) -- El presidente de Valdor, Paul Marin, recibió hoy a su par de Norlandia, "
        "Juan Dufour, en la capital.\n\nAmbos mandatarios firmaron tres acuerdos de cooperación."
    )
    brief = parse(text)
    assert (brief.date, brief.published) == ("2025-02-03", "2025-02-04")
