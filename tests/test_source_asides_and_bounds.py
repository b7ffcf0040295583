"""Source shapes of agency and ministry briefs in French, German and Russian: a day, or the document a body spoke in
and when, set off by commas between an inverted verb of saying and the body ("…, a indiqué, lundi soir, la
présidence").

Every brief here is invented for the test.
"""

import datetime as dt

import pytest

import briefparse


def source_name(text: str) -> str | None:
    source = briefparse.parse(text, reference_date=dt.date(2024, 5, 20)).source
    return source.name if source else None


FR_BODY = (
    "Le président Jean Kabore a reçu lundi l'ambassadeur de France, Paul Mercier, au palais présidentiel. Les deux "
    "hommes ont évoqué la coopération bilatérale et la sécurité dans la région."
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"{FR_BODY} L'entretien a porté sur la sécurité, a indiqué, lundi soir, la présidence.", "présidence"),
        (
            f"{FR_BODY} L'entretien a duré une heure, a annoncé, dans un communiqué publié mardi, le ministère des "
            "Affaires étrangères.",
            "ministère des Affaires étrangères",
        ),
    ],
    ids=["fr-day-aside", "fr-document-aside"],
)
def test_an_aside_between_an_inverted_verb_and_its_source(text, name):
    assert source_name(text) == name


def test_an_aside_before_an_object_names_no_source():
    text = f"{FR_BODY} Le président a annoncé, lundi soir, la création d'un comité mixte de suivi."
    assert source_name(text) is None


DE_BODY = (
    "Bundeskanzler Karl Brenner hat am Montag den französischen Präsidenten Paul Mercier im Kanzleramt empfangen. Die "
    "beiden Politiker sprachen über die Zusammenarbeit in Europa."
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            f"{DE_BODY} Laut einer Mitteilung des Kanzleramts besprachen sie auch die Lage in der Ukraine.",
            "Mitteilung des Kanzleramts",
        ),
        (f"{DE_BODY} Laut der Nachrichtenagentur Tass dauerte das Treffen zwei Stunden.", "Nachrichtenagentur Tass"),
        (
            f"{DE_BODY} Laut dem Ministerium für Europa und Äußeres dauerte das Treffen zwei Stunden.",
            "Ministerium für Europa und Äußeres",
        ),
    ],
    ids=["de-document-then-verb", "de-agency-then-verb", "de-links-kept"],
)
def test_a_german_source_opening_its_clause_ends_before_the_verb(text, name):
    assert source_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"{DE_BODY} Aus dem Kanzleramt hieß es, das Gespräch sei sehr offen gewesen.", "Kanzleramt"),
        (f"{DE_BODY} Wie aus Regierungskreisen verlautete, dauerte das Treffen zwei Stunden.", "Regierungskreisen"),
    ],
    ids=["de-aus-hiess-es", "de-wie-aus-verlautete"],
)
def test_the_body_a_german_impersonal_verb_heard_it_from(text, name):
    assert source_name(text) == name


def test_a_place_a_german_impersonal_verb_heard_it_from_is_no_source():
    assert source_name(f"{DE_BODY} Aus Berlin hieß es, das Gespräch sei sehr offen gewesen.") is None


RU_BODY = (
    "Президент Казахстана Ерлан Сапаров провел в понедельник переговоры с президентом Франции Полем Мерсье. Стороны "
    "обсудили двустороннее сотрудничество и ситуацию в регионе."
)


def test_a_russian_source_ends_where_the_time_it_spoke_begins():
    text = f"{RU_BODY} Об этом сообщили в пресс-службе Акорды по итогам встречи главы государства с министром."
    assert source_name(text) == "пресс-служба Акорды"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"{FR_BODY} L'information a été rapportée par l'Agence ivoirienne de presse.", "Agence ivoirienne de presse"),
        (f"{FR_BODY} La nouvelle a été relayée par la présidence.", "présidence"),
        (f"{FR_BODY} A en croire la cellule de communication de la présidence, l'entretien a duré une heure.",
         "cellule de communication de la présidence"),
    ],
    ids=["fr-feminine-passive-agent", "fr-relayed-by", "fr-a-en-croire"],
)
def test_a_french_passive_agent_or_a_cue_of_belief_names_the_source(text, name):
    assert source_name(text) == name


def test_whom_a_french_impersonal_verb_learned_it_from_is_the_source():
    text = f"{FR_BODY} Un accord sera signé mardi, apprend-on auprès du ministère des Affaires étrangères."
    assert source_name(text) == "ministère des Affaires étrangères"


@pytest.mark.parametrize(
    "text",
    [
        f"{FR_BODY} « Ce fut un échange fructueux », a confié Paul Mercier à la presse.",
        f"{FR_BODY} « Ce fut un échange fructueux », a déclaré le diplomate français à la presse.",
    ],
    ids=["fr-participant-then-audience", "fr-bare-role-then-audience"],
)
def test_a_french_speaker_then_his_audience_is_no_source(text):
    assert source_name(text) is None


def test_an_outlet_word_glued_to_its_name_names_an_outlet_in_a_byline():
    text = f"Le président reçoit l'ambassadeur\n\n{FR_BODY}\nAuteur: ValmoraNews"
    assert source_name(text) == "ValmoraNews"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            f"{DE_BODY} \"Es war ein gutes Gespräch\", sagte Mercier der Deutschen Presse-Agentur.",
            "Deutschen Presse-Agentur",
        ),
        (f"{RU_BODY} «Встреча прошла хорошо», — сказал Иван Петров РИА Новости.", "РИА Новости"),
    ],
    ids=["de-speaker-then-agency-told", "ru-speaker-then-agency-told"],
)
def test_the_agency_told_after_the_speaker_s_name_is_the_source(text, name):
    assert source_name(text) == name
