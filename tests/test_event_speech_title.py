"""Event type of a brief whose title is a sentence whose only event word is a verb of speech or reaction ("Le
ministre dénonce …", "Le président félicite …"): the title reports what was said, and the gathering or reception the
lead recounts is its setting. A noun of speech after a determiner ("les vœux du corps diplomatique") and a greeting
of people ("welcomes his counterpart") are no such verb. Every brief here is invented for the test."""

import datetime as dt

import pytest

import briefparse

SPEECH_AT_FORUM = (
    "Le ministre valdorien des Affaires étrangères dénonce la marginalisation de l’Union du Lac\n\n"
    "La paix dans la région passe par le dialogue, ont estimé plusieurs intervenants au troisième Forum "
    "international de Kessel sur la sécurité, qui s’est tenu lundi et mardi dans la capitale norlandaise.\n\n"
    "Le président norlandais, dans son intervention à la cérémonie d’ouverture du Forum, a dénoncé l'insécurité."
)
MESSAGE_RECEIVED = (
    "Le président norlandais félicite le président de la République pour sa réélection\n\n"
    "KESSEL – Le président de la République, M. Paul Marin, a reçu un message de félicitations du président de la "
    "République de Norlande, M. Jean Berg, à l'occasion de sa réélection, a indiqué samedi un communiqué de la "
    "Présidence."
)
GREETING = (
    "President Marin welcomes Norland counterpart Jean Berg\n\n"
    "President Paul Marin on Tuesday received his Norland counterpart Jean Berg at the State House in Kessel, where "
    "the two leaders held talks on regional trade."
)
NOUN_OF_SPEECH = (
    "Nouvel an : les vœux du corps diplomatique\n\n"
    "Le président Paul Marin a reçu mardi au palais de Kessel les ambassadeurs accrédités en Valdoria, venus lui "
    "présenter leurs vœux."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SPEECH_AT_FORUM, "statement"),
        (MESSAGE_RECEIVED, "statement"),
        (GREETING, "meeting"),
        (NOUN_OF_SPEECH, "meeting"),
    ],
)
def test_a_title_sentence_on_a_verb_of_speech_reports_a_statement(text: str, expected: str) -> None:
    assert briefparse.parse(text, reference_date=dt.date(2024, 3, 14)).event_type == expected
