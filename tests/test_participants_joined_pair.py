"""Two people joined by a list's joiner as one subject or object ("Награды вручили губернатор X и председатель Y",
"Die Urkunden überreichten Landrat X und Bürgermeisterin Y"): the second takes part with the first, though the
sentence is no window of its own; not a pair of long ago, nor a pair "between" two others.

The people and sentences are invented for the test.
"""

import datetime as dt

import briefparse


def _parties(text: str, reference: dt.date | None = None) -> tuple[list[str | None], list[str | None]]:
    brief = briefparse.parse(text, reference_date=reference)
    return [p.name for p in brief.participants], [p.name for p in brief.people_mentioned]


def test_second_of_a_verb_first_pair_ru() -> None:
    parties, _mentioned = _parties(
        "Курские студенты получили именные стипендии\n\n"
        "В конце года лучшим студентам области были вручены именные стипендии.\n\n"
        "Церемония состоялась в областной администрации 28 декабря. Стипендии вручили губернатор Иван Петров "
        "и председатель Курского областного Совета Сергей Смирнов.\n\n"
        "- Я поздравляю всех стипендиатов, - сказал Иван Петров во время церемонии.\n"
    )
    assert parties == ["Иван Петров", "Сергей Смирнов"]


def test_second_of_a_verb_first_pair_de() -> None:
    parties, _mentioned = _parties(
        "Studierende erhalten Stipendien\n\n"
        "Zum Jahresende wurden den besten Studierenden des Kreises Stipendien verliehen.\n\n"
        "Die Feier fand am 28. Dezember im Landratsamt statt. Die Urkunden überreichten Landrat Jonas Kessler "
        "und Bürgermeisterin Helga Brandt.\n\n"
        "„Ich gratuliere allen“, sagte Jonas Kessler bei der Feier.\n"
    )
    assert parties == ["Jonas Kessler", "Helga Brandt"]


def test_a_pair_of_long_ago_stays_mentioned() -> None:
    parties, mentioned = _parties(
        "Studierende erhalten Stipendien\n\n"
        "Die Feier fand am 28. Dezember im Landratsamt statt. Die Urkunden überreichte Landrat Jonas Kessler.\n\n"
        "Das Stipendium hatten im November 2019 Landrat Jonas Kessler und der frühere Bürgermeister Paul Wendt "
        "gegründet.\n",
        dt.date(2024, 12, 29),
    )
    assert parties == ["Jonas Kessler"]
    assert "Paul Wendt" in mentioned
