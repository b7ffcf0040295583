"""A page's label line that ends in an article ("À la une", "Mis à jour le") does not govern the capitalised run
that opens the next line: the name there is still a name, and the party it names is found.

Every person here is invented for the test; the countries are real.
"""

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize("label", ["A la Une\n\n", "À la une\n", "Mis à jour le\n\n"])
def test_fr_name_after_a_label_line_ending_in_an_article(label: str) -> None:
    text = (
        "Le président du Sénat reçoit l’ambassadeur du Pérou\n"
        f"{label}"
        "Aurel Mbida Ndzana, le président du Sénat, a reçu l’ambassadeur du Pérou au Cameroun Tomas Quillay, "
        "le 3 juin. Les deux personnalités ont échangé sur la coopération.\n"
    )
    brief = briefparse.parse(text, reference_date=dt.date(2025, 6, 9))
    found = {p.name: p.role for p in brief.participants}
    assert found.get("Aurel Mbida Ndzana") == "président du Sénat"
    assert "Tomas Quillay" in found
