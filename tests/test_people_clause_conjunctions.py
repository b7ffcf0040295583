"""A conjunction or question word that opens a clause before a surname ("Sowohl X als auch Y", "Quand X a pris la
parole", "Хотя X опоздал") is no part of the name: the surname joins its person, no extra person is made."""

from __future__ import annotations

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Bundeskanzlerin Hanna Gerlach hat am Dienstag, 4. März 2025, mit dem finnischen Präsidenten Eero "
            "Lahtinen telefoniert. Sowohl Gerlach als auch Lahtinen betonten die enge Partnerschaft. Wann Gerlach "
            "und Lahtinen sich treffen, blieb offen. Weil Lahtinen verreist war, fand kein Treffen statt.",
            {"Hanna Gerlach", "Eero Lahtinen"},
        ),
        (
            "El presidente Ramiro Quintana Olmedo recibió el martes 4 de marzo de 2025 al canciller chileno Tomás "
            "Errázuriz en el Palacio de Gobierno. Tanto Quintana como Errázuriz destacaron la relación.",
            {"Ramiro Quintana Olmedo", "Tomás Errázuriz"},
        ),
        (
            "Le président Ousmane Traboulsi a reçu mardi 4 mars 2025 le ministre belge Lucien Dervaux au palais. "
            "Quand Dervaux a pris la parole, il a remercié son hôte. Puisque Traboulsi voyage, le dîner est annulé.",
            {"Ousmane Traboulsi", "Lucien Dervaux"},
        ),
        (
            "Президент Аркадий Белозёров во вторник, 4 марта 2025 года, провёл переговоры с министром Петром "
            "Гусевым. Хотя Гусев опоздал, встреча прошла тепло. Пока Белозёров говорил, Гусев записывал.",
            {"Аркадий Белозёров"},
        ),
        (
            "President Arnold Whitcombe on Tuesday, March 4, 2025 received Finnish Foreign Minister Eero Lahtinen "
            "at the palace. Though Lahtinen was late, the meeting went well. Once Whitcombe arrived, talks began.",
            {"Arnold Whitcombe", "Eero Lahtinen"},
        ),
    ],
)
def test_clause_conjunction_is_no_name(text: str, names: set[str]) -> None:
    brief = parse(text)
    everyone = [p.name for p in brief.participants] + [p.name for p in brief.people_mentioned]
    assert names <= set(everyone)
    opened = ("Sowohl", "Wann", "Weil", "Tanto", "Quand", "Puisque", "Хотя", "Пока", "Though", "Once")
    assert not [n for n in everyone if n and n.split()[0] in opened]
