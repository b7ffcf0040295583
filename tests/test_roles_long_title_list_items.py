"""A list that gives each item's title before its name, a comma after the name ("the Ambassador Extraordinary and
Plenipotentiary of A to B, X, High Commissioner of C to B, Y"): a long first title still marks the list, so the
title after X's comma is Y's."""

import briefparse


def test_title_after_a_long_titled_item_is_the_next_item_s():
    text = (
        "President Kwame Asante has received the letters of credence of new envoys from three countries.\n\n"
        "They include the Ambassador Extraordinary and Plenipotentiary of the Republic of Norland to Ghana, Tom "
        "Nerval, High Commissioner of Valdoria to Ghana, Martine Holt, and the High Commissioner of Ostria to "
        "Ghana, Jan Brede.\n\n"
        "The three envoys also presented their letters of credence to the president at the Jubilee House.\n"
    )
    roles = {p.name: p.role for p in briefparse.parse(text).participants}
    assert roles.get("Martine Holt") == "High Commissioner of Valdoria to Ghana"
