"""A month after a place preposition is a date ("in May"), never the event's place; a source written after the time
of its statement ("sagte Sprecher X am Freitagabend"), and an outlet someone spoke to ("сказал «Интерфаксу»").

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse


def parse(text: str) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=dt.date(2024, 5, 20))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Foreign Minister Lena Haverly met Ivo Marsk in May in Windhoek, her office said.", "Windhoek"),
        ("La ministre Odile Vantrin a reçu en Mai à Dakar son homologue Ivo Marsk.", "Dakar"),
        ("Foreign Minister Lena Haverly will travel to the region in May, her office said.", None),
    ],
)
def test_a_month_after_a_place_preposition_is_no_place(text, place):
    location = parse(text).location
    assert location == place


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # the time of the statement after a spokesperson whose noun is compounded
            "Kanzlerin Mara Feldt empfängt Präsident Ivo Marsk in Graz, sagte Regierungssprecher Jonas Brill am "
            "Freitagabend.",
            "Regierungssprecher Jonas Brill",
        ),
        (  # the time and the place of the statement after the source
            "Kanzlerin Mara Feldt empfängt Präsident Ivo Marsk in Graz, sagte ein Sprecher des Außenamts am "
            "Montagabend in Wien.",
            "Sprecher des Außenamts",
        ),
        (  # the speaker's pronoun, then an outlet in quotes, inflected
            "Министр Иван Сомов встретится с коллегой Ли Ваном в Пекине, сказал он «Интерфаксу».",
            "Интерфакс",  # named in the nominative
        ),
        (  # the speaker's pronoun before an agency
            "Министр Иван Сомов встретится с коллегой Ли Ваном в Пекине, сказал он ТАСС.",
            "ТАСС",
        ),
    ],
)
def test_a_source_after_its_time_or_told_by_a_speaker(text, name):
    source = parse(text).source
    assert source is not None and source.name == name


def test_a_short_quotation_after_a_verb_of_saying_is_no_outlet():
    text = "Министр Иван Сомов заявил «Россия готова к переговорам» после встречи в Пекине."
    source = parse(text).source
    assert source is None or "Россия" not in source.name


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Paul Odimba a reçu son homologue Ivo Marsk à Dakar, a indiqué le Sénégal.",
        "Minister Paul Odimba met his counterpart Ivo Marsk in Accra, Ghana said.",
    ],
)
def test_a_country_alone_is_no_source(text):
    assert parse(text).source is None


def test_an_agency_named_after_its_country_is_a_source():
    text = "Minister Paul Odimba met his counterpart Ivo Marsk in Accra, the Ghana News Agency said."
    source = parse(text).source
    assert source is not None and source.name == "Ghana News Agency"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le président Ivo Marsk recevra son homologue à Dakar, a indiqué la présidence vendredi soir.",
            "présidence",
        ),
        (
            "El presidente Ivo Marsk recibirá a su homólogo en Quito, informó la Cancillería el viernes por la tarde.",
            "Cancillería",
        ),
    ],
)
def test_a_part_of_the_day_after_the_weekday_is_no_part_of_the_source(text, name):
    source = parse(text).source
    assert source is not None and source.name == name
