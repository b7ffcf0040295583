"""A working session of officials under the one who holds it ("провел совещание с министрами", "в ходе
совещания") is a gathering, as "заседание" is: not a statement for want of an event word, nor a call (Russian briefs
written for these tests, invented people, real places)."""

from __future__ import annotations

import datetime as dt

import briefparse


def test_a_governor_holding_a_session_with_ministers_is_a_conference():
    text = (
        "Губернатор Олег Заречный провел еженедельное совещание с членами правительства области и главами "
        "районов. Обсуждались подготовка к отопительному сезону и ремонт школ.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 9, 2)).event_type == "conference"


def test_a_session_told_by_its_participants_is_a_conference():
    text = (
        "В работе совещания приняли участие заместители главы района Игоря Белова и начальники отделов. "
        "В ходе совещания выступившие доложили главе о ходе ремонта дорог.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 9, 2)).event_type == "conference"


def test_a_reception_about_a_session_to_come_stays_a_meeting():
    """Control: a head of state receiving an aide who reports on a session still to be held is a meeting."""
    text = (
        "МИНСК, 22 окт. Президент Александр Ветров принял в среду главу администрации Павла Сомова, который "
        "доложил о подготовке большого совещания по развитию Витебской области.\n"
    )
    assert briefparse.parse(text, reference_date=dt.date(2024, 10, 22)).event_type == "meeting"
