"""A page that prints its headline, a longer standfirst under it, then the date stamp: the line right over the stamp is
the standfirst, and the shorter line over it, which names the event and whose matter the lead takes up, is the
headline; a kicker over a headline that names no event gives no headline.

Every brief and every person here is invented for the test.
"""

import briefparse

_DE = (
    "Ministerpräsidentin Marin empfängt norlandischen Botschafter\n\n"
    "Zuvor hatte Paul Ravel bereits einen Termin bei der Delegierten der Zentralregierung in Valdstadt\n\n"
    "14.10.2021 | 17:00\n\n"
    "Die Ministerpräsidentin Anna Marin hat am Donnerstag (14.10.) den norlandischen Botschafter Paul Ravel "
    "empfangen. Bei dem Treffen im Regierungssitz war auch die Konsulin Eva Lind dabei.\n"
)
_ES = (
    "El gobernador Ruiz recibió al embajador de Norlandia\n\n"
    "La audiencia con el embajador norlandés se desarrolló en el Salón Azul de la Casa de Gobierno provincial\n\n"
    "25/10/2021 16:22 Política\n\n"
    "El gobernador de la provincia, Tomás Ruiz, recibió en el Salón Azul de la Casa de Gobierno al embajador de "
    "Norlandia, Paul Ravel, que realizó una visita protocolar.\n"
)
_KICKER = (
    "Zum ersten Mal nach der Wahl\n\n"
    "Neue Landrätin Eva Lind zum Antrittsbesuch im Landratsamt Valdkreis\n\n"
    "14.10.2021 | 17:00\n\n"
    "Die künftige Landrätin Eva Lind war am Dienstag erstmals nach ihrer Wahl zu Besuch im Landratsamt Valdkreis. "
    "Sie nahm an einer Besprechung mit dem stellvertretenden Landrat Paul Ravel teil.\n"
)
_LABEL_KICKER = (
    "Gespräch über Handel und Energie\n\n"
    "Nach der Wahl: Präsident Marin traf Kanzler Ravel\n\n"
    "11.10.2022\n\n"
    "Bei der gut einstündigen Unterredung von Präsident Anna Marin und Kanzler Paul Ravel ging es um den Handel "
    "und die Energiepreise.\n"
)


def test_a_german_headline_over_its_standfirst_and_the_stamp() -> None:
    assert briefparse.parse(_DE).title == "Ministerpräsidentin Marin empfängt norlandischen Botschafter"


def test_a_spanish_headline_over_its_standfirst_and_the_stamp() -> None:
    assert briefparse.parse(_ES).title == "El gobernador Ruiz recibió al embajador de Norlandia"


def test_a_kicker_that_names_no_event_stays_no_headline() -> None:
    assert briefparse.parse(_KICKER).title != "Zum ersten Mal nach der Wahl"


def test_a_kicker_that_opens_on_its_event_is_no_headline() -> None:
    assert briefparse.parse(_LABEL_KICKER).title == "Nach der Wahl: Präsident Marin traf Kanzler Ravel"
