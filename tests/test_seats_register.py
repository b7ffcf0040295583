"""The register of seats of government and official residences (briefparse.seats): its shipped data's shape, and
what it answers."""

from __future__ import annotations

from babel import Locale

from briefparse.seats import KINDS, read_rows, seats

_COLUMNS = ["name", "forms", "country", "kind"]


def test_every_row_names_a_seat_of_a_state_with_its_kind():
    rows = read_rows()
    assert len(rows) > 100
    territories = Locale("en").territories
    for row in rows:
        assert list(row) == _COLUMNS, row
        assert row["name"].strip() == row["name"] and row["name"], row
        assert row["country"] in territories and len(row["country"]) == 2, row
        assert row["kind"] in KINDS, row
        forms = row["forms"].split("|") if row["forms"] else []
        assert all(form.strip() == form and form for form in forms), row
        assert len(set(forms)) == len(forms) and row["name"] not in forms, row


def test_names_are_unique_and_a_shared_form_names_seats_of_different_states():
    rows = read_rows()
    names = [row["name"] for row in rows]
    assert len(names) == len(set(names))
    for row in rows:
        for form in (row["name"], *filter(None, row["forms"].split("|"))):
            countries = [seat.country for seat in seats(form)]
            assert len(countries) == len(set(countries)), form


def test_a_seat_is_found_by_any_of_its_forms_folded_and_declined():
    assert [seat.country for seat in seats("Miraflores")] == ["VE"]
    assert [seat.name for seat in seats("palais de koulouba")] == ["Koulouba"]
    assert [seat.country for seat in seats("Кремле")] == ["RU"]
    assert [seat.name for seat in seats("Ново-Огарёве")] == ["Novo-Ogaryovo"]
    assert [seat.kind for seat in seats("Villa Borsig")] == ["guest_house"]
    assert {seat.country for seat in seats("Bundeskanzleramt")} == {"DE", "AT"}
    assert seats("Bangabhaban")[0].kind == "head_of_state"


def test_a_city_or_a_generic_venue_is_no_seat():
    for name in ("Caracas", "Paris", "presidential palace", "State House", "Palacio Nacional", ""):
        assert seats(name) == (), name
