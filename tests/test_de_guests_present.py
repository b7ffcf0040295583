"""German: people told as present by a phrase of the occasion's guests ("Unter den Gästen waren X, Y und Z", "Zu den
Ehrengästen gehörten X und Y") or by attendance told around its object ("Weiters wohnten der Feier X und Y bei")
take part; a brief that names no one so stays as it was.

The briefs are written for these tests (invented people, real places).
"""

import briefparse


def _parse(text: str) -> tuple[dict[str | None, str | None], list[str]]:
    record = briefparse.parse(text)
    return {p.name: p.role for p in record.participants}, [p.name for p in record.people_mentioned]


def test_guests_listed_after_unter_den_gaesten_take_part() -> None:
    present, _mentioned = _parse(
        "Festakt in Neustadt\n\n"
        "Neustadt, 12. Mai 2024 - Bürgermeister Anton Reiter empfing am Sonntag zahlreiche Gratulanten im Rathaus. "
        "Unter den Gästen waren Bundestagsabgeordneter Hans Vogel, Landrat Peter Kramer und Altbürgermeister Udo "
        "Senn.\n"
    )
    assert {"Anton Reiter", "Hans Vogel", "Peter Kramer", "Udo Senn"} <= set(present)
    assert present["Peter Kramer"] == "Landrat"


def test_guests_after_zu_den_ehrengaesten_gehoerten_take_part() -> None:
    present, _mentioned = _parse(
        "Neue Handelskammer eröffnet\n\n"
        "Hamburg, 4. März 2024 - Bürgermeister Anton Reiter eröffnete am Montag die neue Handelskammer. Zu den "
        "Ehrengästen gehörten auch Hans Vogel, Präsident der Handelskammer, und Landrat Peter Kramer.\n"
    )
    assert {"Hans Vogel", "Peter Kramer"} <= set(present)


def test_those_who_attended_a_ceremony_told_around_its_object_take_part() -> None:
    present, _mentioned = _parse(
        "Segnung der Kapelle\n\n"
        "Gleisdorf, 3. April 2024 - Bürgermeister Anton Reiter empfing am Mittwoch den Botschafter Karl Brenner im "
        "Rathaus. Weiters wohnten der Feier die Landtagsabgeordneten Franz Moser und Herbert Lind bei.\n"
    )
    assert {"Anton Reiter", "Karl Brenner", "Franz Moser", "Herbert Lind"} <= set(present)
    assert present["Herbert Lind"] == "Landtagsabgeordneten"


def test_a_guest_phrase_that_names_no_one_adds_no_one() -> None:
    present, _mentioned = _parse(
        "Empfang in Linz\n\n"
        "Linz, 5. Juni 2024 - Bürgermeister Anton Reiter empfing am Dienstag den Botschafter Karl Brenner im "
        "Rathaus. Unter den Gästen waren auch zahlreiche Vertreter der Vereine.\n"
    )
    assert set(present) == {"Anton Reiter", "Karl Brenner"}
