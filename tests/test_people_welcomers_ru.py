"""In a visit, a later sentence that tells whom the guest was met by, the guest named by a role or a noun before the
verb and the welcomers as its subject after it ("Президента Валдории ожидали X и посол Y"), names the welcoming
party, who take part, though nothing in it names a participant; not one that goes back to an earlier visit.

The briefs and their people are fictional, written for this test.
"""

import briefparse


def _taking_part(text: str) -> list[str]:
    return [p.name for p in briefparse.parse(text).participants]


def test_guest_awaited_by_officials_ru():
    text = (
        "Президент Валдории прибыл в Москву\n"
        "Президент Валдории Марк Тассен прибыл в Москву с официальным визитом.\n\n"
        "На территории правительственного терминала президента Валдории ожидали заместитель министра иностранных "
        "дел России Олег Карпенко, а также посол Валдории в России Ян Моравец.\n\n"
        "Переговоры президентов запланированы на четверг."
    )
    taking_part = _taking_part(text)
    assert "Олег Карпенко" in taking_part, taking_part
    assert "Ян Моравец" in taking_part, taking_part


def test_guest_greeted_by_a_delegation_ru():
    text = (
        "Президент Валдории Марк Тассен прибыл с официальным визитом в Москву, следует из кадров прямого эфира.\n\n"
        "На кадрах видно, как гостя приветствует российская делегация, в том числе вице-премьер России Глеб "
        "Снегирёв."
    )
    assert "Глеб Снегирёв" in _taking_part(text), _taking_part(text)


def test_welcome_of_an_earlier_visit_ru():
    text = (
        "Президент Валдории Марк Тассен прибыл в Москву с официальным визитом.\n\n"
        "В 2019 году во время прошлого визита гостя встречал бывший вице-премьер Глеб Снегирёв."
    )
    assert "Глеб Снегирёв" not in _taking_part(text), _taking_part(text)
