"""A date line at a page's foot, under the story's last paragraph that a credit closes ("… Brandenburger Tor.
Text: LPD"), is the page's publication date, not another story's teaser line.

The brief is written for this test (invented people, real places).
"""

import briefparse

_PAGE = (
    "Start >> Politik >> Antrittsbesuch der Präsidentin beim Land Berlin\n"
    "Der Regierende Bürgermeister von Berlin, Jonas Brandt, empfing am 2. November 2010 Präsidentin Clara Vogt zu "
    "einem offiziellen Antrittsbesuch beim Land Berlin.\n"
    "Brandt hieß die Präsidentin am Morgen im Berliner Rathaus willkommen. Anschließend stellte er ihr im "
    "Senatssitzungssaal die Mitglieder des Senats vor. Später trug sie sich in das Goldene Buch der Stadt ein, und "
    "es schloss sich ein Empfang mit geladenen Gästen an.\n"
    "Am Mittag besuchten beide die Universität, wo sie vom Präsidenten der Hochschule begrüßt wurden.\n"
    "Im Anschluss daran besuchten sie eine Ausstellung im Martin-Gropius-Bau zum Jahr der Wissenschaft. Text: LPD\n"
    "\n"
    "03.11.2010\n"
    "\n"
    "Zurück\n"
)


def test_a_date_line_under_a_credited_last_paragraph_is_the_publication_date():
    assert briefparse.parse(_PAGE).published == "2010-11-03"
