"""A stamp standing at the top of the page ("14.03.2023, 07:15", "Norburg, 14th March 2023") dates the page, not the
lead: it takes no bonus for its place, so a day the story tells a few sentences down ("a dit hier", "made the call
on Monday"), counted from that stamp, dates the event.

Every brief here is invented for the test.
"""

import briefparse

_FR = (
    "14.03.2023, 07:15\n\n"
    "Marceau et Lund apaisent les tensions\n\n"
    "Quelques semaines après l'affaire des diplomates expulsés, le climat s'améliore entre Valdoria et Norlandie.\n\n"
    "Le chef de la diplomatie valdorienne, Paul Marceau, et son homologue norlandais, Erik Lund, veulent tourner la "
    "page. Les deux pays restent pourtant divisés sur la pêche.\n\n"
    "«Nous avons constaté avec plaisir que la situation s'est améliorée», a dit hier à Lirnau Paul Marceau devant la "
    "presse.\n"
)

_EN = (
    "Velin calls Dorlin\n\n"
    "Norburg, 14th March 2023\n\n"
    "The President of Valdoria, Arno Velin, and the President of Norlandia, Erik Dorlin, discussed trade. "
    "Both sides want closer ties. Officials said more talks were planned. The ministers will meet next month. "
    "According to the statement, President Velin made the call on Monday.\n"
)

_ONLY_STAMP = (
    "14.03.2023, 07:15\n\n"
    "Marceau reçoit Lund\n\n"
    "Le chef de la diplomatie valdorienne, Paul Marceau, a reçu son homologue norlandais, Erik Lund, à Lirnau.\n"
)


def test_a_yesterday_sentences_below_a_top_stamp_dates_the_event() -> None:
    brief = briefparse.parse(_FR)
    assert (brief.date, brief.published) == ("2023-03-13", "2023-03-14")


def test_a_weekday_sentences_below_a_dateline_dates_the_event() -> None:
    brief = briefparse.parse(_EN)
    assert (brief.date, brief.published) == ("2023-03-13", "2023-03-14")


def test_a_top_stamp_alone_still_dates_the_event() -> None:
    assert briefparse.parse(_ONLY_STAMP).date == "2023-03-14"
