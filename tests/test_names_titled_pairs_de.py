"""German briefs: two titled names side by side, subject and object ("hat Premierminister X Ministerpräsident Y
getroffen") are two people, each with the title before it; a title's country after a genitive article opens no
part of the name that follows it ("Botschafter der Republik X Y"); a role's complement opens on a genitive link,
not on another case's article ("empfing der Bundespräsident den Botschafter …, Y"); an office after a name goes
on past "und" ("X, Minister für A und B und Chef der Staatskanzlei, …").

The briefs are written for this test (invented people, real countries).
"""

import briefparse
from briefparse.analysis.names import role_glued_in_list
from briefparse.lang import get_language


def _roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in briefparse.parse(text).participants}


def test_two_titled_names_side_by_side():
    roles = _roles("Am Montag hat Premierminister Jan Kowal Ministerpräsident Lutz Brandt in Dresden getroffen.\n")
    assert roles.get("Jan Kowal") == "Premierminister"
    assert roles.get("Lutz Brandt") == "Ministerpräsident"


def test_two_titled_names_with_their_places_side_by_side():
    roles = _roles(
        "Zum Abschluss seiner Reise hat Polens Premierminister Jan Kowal Sachsens Ministerpräsidenten Lutz Brandt in "
        "Dresden getroffen.\n"
    )
    assert roles.get("Jan Kowal") == "Polens Premierminister"
    assert "Kowal" not in (roles.get("Lutz Brandt") or "")


def test_a_name_after_a_titles_country():
    roles = _roles("Er empfing den Botschafter der Republik Moldau Andrei Lupu zu einem Gespräch.\n")
    assert roles.get("Andrei Lupu") == "Botschafter der Republik Moldau"


def test_an_envoys_role_holds_no_host_before_an_accusative_article():
    roles = _roles(
        "Im Anschluss empfing der Bundespräsident den Botschafter der Republik Moldau, Andrei Lupu, zu einem "
        "Gespräch.\n"
    )
    assert roles.get("Andrei Lupu") == "Botschafter der Republik Moldau"


def test_an_office_after_a_name_goes_on_past_und():
    roles = _roles(
        "Am Montag empfing Karl Huber, Minister für Finanzen und Kultur und Chef der Staatskanzlei, den "
        "Generalkonsul Li Ming.\n"
    )
    assert roles.get("Karl Huber") == "Minister für Finanzen und Kultur und Chef der Staatskanzlei"
    assert None not in roles


def test_a_title_after_a_listed_name_opens_the_next_name_not_the_items_role():
    text = "Anwesend waren Jan Kowal Ministerpräsident Lutz Brandt und Eva Lind."
    end = text.index("Jan Kowal") + len("Jan Kowal")
    assert role_glued_in_list(text, end, len(text), get_language("de")) is None
    french = "Étaient présents Jan Kowal ministre des mines, et Eva Lind."
    end = french.index("Jan Kowal") + len("Jan Kowal")
    assert role_glued_in_list(french, end, len(french), get_language("fr")) is not None
