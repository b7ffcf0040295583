"""A dispatch's dateline without its year and with no weekday to fix it ("GENEVE 12 septembre –", "ARDEN, JUN 4
/VNA/ –") is set in the one year the brief writes alone ("sa session de 2002", "during July 2021"): with no page
date and no reference date, that year dates the dateline's day. Not when the brief writes two years, nor when its
only year is one a word of "since" opens.
The briefs are invented for the test.
"""

import briefparse


def test_a_yearless_dateline_takes_the_year_the_dispatch_writes():
    text = (
        "GENEVE 12 septembre – La Conférence de Valdorie a achevé, ce matin, les travaux de la dernière partie de sa "
        "session de 2002 en adoptant son rapport annuel. Son président, Jean Kessi, a salué les délégations."
    )
    brief = briefparse.parse(text)
    assert brief.date == "2002-09-12"


def test_a_yearless_english_dateline_takes_the_year_the_dispatch_writes():
    text = (
        "ARDEN, JUN 4 /VNA/ – Today, Secretary Paul Marin met with the Minister of Agriculture of Valdoria, John "
        "Kessi. The minister proposed to host the next round of the Joint Working Group during July 2021."
    )
    brief = briefparse.parse(text)
    assert brief.date == "2021-06-04"


def test_two_years_written_leave_the_dateline_undated():
    text = (
        "Arden, 5 juin (VNA) - Le ministre des Affaires étrangères, Paul Marin, a reçu son homologue Jean Kessi. Les "
        "deux ministres ont évoqué le budget de 2020 et les élections de 2021."
    )
    assert briefparse.parse(text).date is None


def test_a_year_opened_by_since_leaves_the_dateline_undated():
    text = (
        "Arden, 5 juin (VNA) - Le ministre des Affaires étrangères, Paul Marin, a reçu Jean Kessi, président de "
        "la Valdorie depuis 2005."
    )
    assert briefparse.parse(text).date is None
