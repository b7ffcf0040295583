"""Participants on briefs invented for these tests (fictional people): a later sentence that opens on another item
of the brief ("In another development", "A su vez", "Par ailleurs", "Кроме того") and names someone new tells of
another occasion, whose people are mentioned, not parties to the event reported; one that goes on with the event's
own people, after the same opening, changes nothing."""

from __future__ import annotations

import datetime as dt

import briefparse
from briefparse.analysis import Analysis
from briefparse.document import load_document


def parse(text: str) -> briefparse.Brief:
    return briefparse.parse(text, reference_date=dt.date(2024, 8, 17))


def parties(text: str) -> list[str | None]:
    return [p.name for p in parse(text).participants]


def runs_to_the_end(text: str) -> bool:
    """The sentences about the main event run to the text's end: no later item of the brief ends them."""
    doc = load_document(text)
    return Analysis(doc).main_event_end == len(doc.text)


def test_another_development_names_no_party() -> None:
    text = (
        "President Lena Marsk held talks with Foreign Minister Tomas Brandt of Norland on Thursday.\n"
        "The two sides discussed trade and the situation in the region.\n"
        "In another development, President Marsk bade farewell to the outgoing Ambassador of Sorvia, Julio Pardo."
    )
    brief = parse(text)
    assert [p.name for p in brief.participants] == ["Lena Marsk", "Tomas Brandt"]
    assert "Julio Pardo" in [p.name for p in brief.people_mentioned]


def test_a_su_vez_names_no_party() -> None:
    text = (
        "El canciller Ramón Ortega sostuvo este lunes una conversación telefónica con su homólogo Pjotr Lanin.\n"
        "Ambos abordaron la cooperación en materia de energía.\n"
        "A su vez, el papa Teodoro recibió en audiencia al secretario de Estado Mark Olson, con quien conversó sobre "
        "la crisis regional."
    )
    assert parties(text) == ["Ramón Ortega", "Pjotr Lanin"]


def test_the_same_people_after_the_opening_go_on_with_the_event() -> None:
    text = (
        "Президент Иван Корнев провел телефонный разговор с президентом Соривии Павлом Ланиным.\n"
        "Стороны обсудили вопросы двустороннего сотрудничества.\n"
        "Кроме того, в ходе разговора Иван Корнев поздравил Павла Ланина с днем рождения."
    )
    assert runs_to_the_end(text)


def test_a_name_named_before_in_another_case_is_no_one_new() -> None:
    text = (
        "Корнев поговорил с президентом Соривии\n\n"
        "Президент Иван Корнев провел телефонный разговор с президентом Соривии Павлом Ланиным.\n"
        "Стороны обсудили вопросы двустороннего сотрудничества.\n"
        "Кроме того, в ходе разговора Иван Корнев поздравил Павла Ланина с днем рождения."
    )
    assert runs_to_the_end(text)


def test_an_opening_followed_by_no_one_new_ends_nothing() -> None:
    text = (
        "Le ministre Paul Dervaux a reçu lundi l'ambassadeur de Sorvie, Marc Olsen.\n"
        "Les deux hommes ont évoqué la coopération bilatérale.\n"
        "Par ailleurs, les deux parties ont condamné les attaques dans la région du Sahel."
    )
    assert runs_to_the_end(text)
