"""Source shapes of briefs from many outlets: an agency whose register name is in capitals, spelt in title case after a
verb of saying ("told Efe"), and the outlet a speaker gave an interview to, known to the register or not ("in an
interview with CNN", "в интервью газете «Северный вестник»").

The briefs are made up for these tests.
"""

import pytest

from briefparse import parse
from briefparse.agencies import find_agencies


def source_name(text: str) -> str | None:
    """The name of the source parsed from the brief, None when it has none."""
    found = parse(text).source
    return None if found is None else found.name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Talks in Lima\nThe foreign minister of Peru, Ana Quispe, met her Chilean counterpart Jorge Vidal on "
            "Monday in Lima. The two discussed trade, Quispe told Efe after the meeting.",
            "Efe",
        ),
        (
            "Visite à Minsk\nLe ministre Pavel Sokol a reçu lundi l'ambassadeur du Japon Taro Sato. Les deux hommes "
            "ont évoqué le commerce, a déclaré à Belta le ministre.",
            "Belta",
        ),
    ],
)
def test_an_agency_in_title_case_after_a_verb_of_saying(text: str, name: str):
    assert source_name(text) == name


def test_a_title_case_word_is_no_agency_in_running_text():
    # "Efe" outside a place for an outlet is not taken for the agency
    assert not find_agencies("Efe Okoro met the minister.")
    assert find_agencies("Efe Okoro met the minister.", titled=True)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Talks\nPresident Ivo Marin said in an interview with KVTV on Monday that he had met Dan Petric in "
            "Zagreb to discuss the harbour.",
            "KVTV",
        ),
        (
            "Talks\nIn an interview with the Kivu Times, President Ivo Marin said he had met Dan Petric in Zagreb.",
            "Kivu Times",
        ),
        (
            "Rencontre\nDans une interview accordée à « Le Courrier du Lac », le président Paul Ndong a indiqué "
            "avoir reçu lundi l'ambassadeur du Japon.",
            "Courrier du Lac",
        ),
        (
            "Treffen\nIm Interview mit dem Wiener Blatt „Abendbote“ sagte Außenministerin Eva Lind, sie habe sich "
            "am Montag mit ihrem Amtskollegen Jan Novak getroffen.",
            "Abendbote",
        ),
        (
            "Reunión\nEn entrevista con el diario chileno “La Voz del Sur”, el canciller Luis Paredes dijo que se "
            "reunió el lunes con su homólogo Jan Novak.",
            "Voz del Sur",
        ),
        (
            "Treffen\nAußenminister Hans Berger hat sich am Montag in Wien mit seinem Amtskollegen Jan Novak "
            "getroffen, sagte er in einem Interview mit KWTV.",
            "KWTV",
        ),
        (
            "Reunión\nEl canciller Luis Paredes se reunió el lunes con su homólogo Jan Novak, dijo en una entrevista "
            "con Radio Lago.",
            "Radio Lago",
        ),
        (
            "Встреча\nМинистр Иван Сомов в интервью газете «Северный вестник» рассказал о встрече с послом Японии "
            "Таро Сато.",
            "Северный вестник",
        ),
        (
            "Встреча\nМинистр Иван Сомов в интервью СВТВ рассказал о встрече с послом Японии Таро Сато в Москве.",
            "СВТВ",
        ),
    ],
)
def test_the_outlet_of_an_interview(text: str, name: str):
    assert source_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # a newscast is an outlet ("Noticiero")
            "Reunión\nEn entrevista con Noticiero Lago, el canciller Luis Paredes narró su reunión del lunes con su "
            "homólogo Jan Novak.",
            "Noticiero Lago",
        ),
        (  # a talk with a channel's reporter: the channel in quotes
            "Встреча\nМинистр Иван Сомов в беседе с корреспондентом телеканала «Восток 5» рассказал о встрече с "
            "послом Японии Таро Сато.",
            "Восток 5",
        ),
    ],
)
def test_the_outlet_of_a_talk(text: str, name: str):
    assert source_name(text) == name


def test_a_first_name_after_a_verb_is_no_agency_in_title_case():
    # "Efe" as a first name, the surname after it: a person speaking, not the agency
    text = "Talks\nPresident Ivo Marin met Dan Petric in Zagreb on Monday. \"It went well,\" said Efe Okoro."
    assert source_name(text) != "Efe"


def test_a_person_interviewed_is_no_source():
    text = (
        "Talks\nIn an interview with Dan Petric on Monday, the council discussed the harbour of Split, "
        "the mayor's office said."
    )
    assert source_name(text) != "Dan Petric"
