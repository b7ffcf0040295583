"""An office's portfolio written without a comma before its holder's name ("Bundesministerin für Bildung und
Forschung Anna X"): the portfolio's last noun is the role's, and the given name opens the name.

Every brief and every person here is invented for the test; the countries are real.
"""

import pytest

import briefparse

STORY = (
    "Gespräch in Berlin\n\n"
    "{title} Eva Roth hat am Montag in Berlin den Botschafter Portugals, Tomas Berin, zu einem Gespräch empfangen. "
    "Die beiden sprachen über die Zusammenarbeit der Hochschulen."
)


@pytest.mark.parametrize(
    "title",
    [
        "Bundesministerin für Bildung",
        "Bundesministerin für Bildung und Forschung",
        "Bundesministerin für Arbeit und Soziales",
        "Bundesministerin für Europa, Integration und Äußeres",
        "Landesministerin für Wissenschaft und Kultur",
    ],
)
def test_the_portfolio_before_a_name_is_the_role(title):
    roles = {p.name: p.role for p in briefparse.parse(STORY.format(title=title)).participants}
    assert roles.get("Eva Roth") == title


def test_a_name_after_a_joining_word_outside_a_portfolio_keeps_its_first_word():
    brief = briefparse.parse(
        "Gespräch in Berlin\n\n"
        "Bundesministerin Eva Roth und Mokgweetsi Anna Berin haben am Montag in Berlin über Hochschulen gesprochen. "
        "Die beiden vereinbarten ein weiteres Treffen."
    )
    assert "Mokgweetsi Anna Berin" in {p.name for p in brief.participants}
