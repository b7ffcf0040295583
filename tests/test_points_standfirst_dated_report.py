"""A standfirst that tells a meeting, call or visit without its day, over the story's own report in a later paragraph
that gives the day the brief is dated by, leaves the lead to that report; a later sentence that gives the report as
what someone said, or opens on the meeting as one already told, does not take it."""

import datetime as dt

import briefparse


def _lead(text: str, reference: dt.date | None = dt.date(2024, 5, 8)) -> str:
    return briefparse.parse(text, reference_date=reference).summary_points[0]


def test_fr_a_standfirst_yields_to_the_dated_report() -> None:
    lead = _lead(
        "Le président norlandais s’est entretenu avec Paul Marin par téléphone mais ne l’a pas invité à Port-Valdor.\n"
        "Deux jours après son investiture, le président norlandais Lars Dahl s’est entretenu avec Paul Marin "
        "vendredi, par téléphone. Les deux hommes ont évoqué la coopération régionale.\n",
        None,
    )
    assert lead.startswith("Deux jours après son investiture")


def test_en_a_standfirst_yields_to_the_dated_report() -> None:
    lead = _lead(
        "Lars Dahl also met the Valdorian Foreign Minister and reviewed several joint projects.\n\n"
        "Foreign Minister Lars Dahl on Tuesday met his Valdorian and Norlandic counterparts on the sidelines of the "
        "regional ministerial meeting in Lanark and discussed cooperation in energy and trade.\n\n"
        "The ministers agreed to meet again before the end of the year.\n"
    )
    assert lead.startswith("Foreign Minister Lars Dahl on Tuesday met")


def test_en_a_meeting_already_told_keeps_the_first_report() -> None:
    lead = _lead(
        "The new Ambassador of Norland, Lars Dahl, has paid a courtesy call on the Minister of State, Paul Marin.\n\n"
        "At the meeting held at the Ministry this afternoon, State Minister Marin welcomed Ambassador Dahl and "
        "congratulated him on his appointment.\n"
    )
    assert lead.startswith("The new Ambassador of Norland, Lars Dahl, has paid")


def test_fr_a_report_given_as_what_someone_said_keeps_the_first_report() -> None:
    lead = _lead(
        "Le ministre norlandais des Affaires étrangères Lars Dahl et son homologue Paul Marin ont discuté de la "
        "situation régionale en marge de la réunion de Lanark.\n\n"
        "Le chef de la diplomatie norlandaise a déclaré dans un message, jeudi, qu’il avait rencontré Paul Marin.\n"
    )
    assert lead.startswith("Le ministre norlandais des Affaires étrangères Lars Dahl")
