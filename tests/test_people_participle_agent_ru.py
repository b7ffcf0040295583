"""A clause that a comma sets off and a passive participle opens names its agent after it ("…, запланированных
президентами X и Y"): who planned what the clause tells of takes no part in the event for that.

Every brief here is invented for the test.
"""

import briefparse


def test_the_agents_of_a_participle_clause_take_no_part():
    brief = briefparse.parse(
        "Министр обороны России Андрей Белов прибыл в Минск для переговоров с главой оборонного ведомства "
        "Белоруссии Виктором Хреновым. Кроме того, в рамках визита министры примут участие в мероприятиях, "
        "запланированных президентами Белоруссии и России Александром Лукиным и Владимиром Пуговкиным.\n"
    )
    assert {p.name for p in brief.participants} == {"Андрей Белов", "Виктор Хренов"}


def test_a_list_of_names_after_a_comma_without_a_participle_still_takes_part():
    brief = briefparse.parse(
        "Министр иностранных дел России Сергей Лаврин провел переговоры с главой МИД Турции Хаканом Фидиным, "
        "главой МИД Египта Самехом Шукриным и министром иностранных дел Ирана Али Багеровым.\n"
    )
    assert {"Хакан Фидин", "Самех Шукрин", "Али Багеров"} <= {p.name for p in brief.participants}
