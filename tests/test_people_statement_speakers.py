"""Participants of statement briefs and briefs with no encounter, on briefs invented for these tests (fictional
people and countries): the subject of an opening sentence acts, whatever its verb."""

from __future__ import annotations

import datetime as dt

import pytest

import briefparse


def taking_part(text: str) -> list[str | None]:
    """Names of the participants the parser finds, in order."""
    return [p.name for p in briefparse.parse(text, reference_date=dt.date(2024, 5, 6)).participants]


#: an opening whose verb is no verb of saying, then a minister's words: both speak
OPENING_ACTS = {
    "fr": "Le président valdorien Paul Marin a proclamé dimanche l'état d'urgence dans les provinces du Nord.\n\n"
    "Les secours seront déployés dès lundi, a déclaré le ministre de l'Intérieur, Luc Verdal, à Port-Norland.\n\n"
    "Les pluies ont fait plusieurs milliers de sinistrés.",
    "en": "Valdoria's new Prime Minister Paul Marin has vowed to rebuild the northern highway before the next rainy "
    'season.\n\n"The works will begin in June," Finance Minister Luc Verdal told reporters on Saturday in '
    "Port-Norland.\n\nThe highway links the capital to the port of Norland City.",
}


@pytest.mark.parametrize("language", sorted(OPENING_ACTS))
def test_subject_of_the_opening_takes_part_whatever_its_verb(language: str) -> None:
    assert taking_part(OPENING_ACTS[language]) == ["Paul Marin", "Luc Verdal"]


def test_a_role_alone_opening_the_story_is_the_full_name_the_next_sentence_opens_on() -> None:
    """The opening's subject is a bare role and the next sentence opens on a full name with no role: one person,
    not an unnamed participant beside a roleless one."""
    brief = briefparse.parse(
        "Le ministre de l'Intérieur tire la sonnette d'alarme. Paul Marin soutient que la Valdorie n'est pas à "
        "l'abri des menaces venues du Norland, compte tenu du contexte.\n« Notre pays doit rester vigilant », "
        "a-t-il déclaré lors de la clôture d'un atelier qu'il a co-présidée hier à Port-Norland.",
        reference_date=dt.date(2024, 5, 6),
    )
    assert [p.name for p in brief.participants] == ["Paul Marin"]
    assert "ministre" in (brief.participants[0].role or "")


def test_en_a_kenyan_cabinet_secretary_title_is_no_part_of_the_name() -> None:
    brief = briefparse.parse(
        "Interior CS Paul Marin has condemned the attack on a hotel in Port-Norland.\n\n"
        '"I condemn in the strongest terms the cowardly acts we witnessed today," he said.',
        reference_date=dt.date(2024, 5, 6),
    )
    assert [p.name for p in brief.participants] == ["Paul Marin"]


def test_a_dotted_honorific_before_a_speaker_is_no_source():
    text = (
        "Le président Paul Marin a reçu lundi à Valdor l'ambassadeur du Norland, S.E.M Erik Valsson.\n"
        "« Nous avons parlé de coopération », a déclaré S.E.M Erik Valsson.\n"
    )
    assert briefparse.parse(text).source is None
