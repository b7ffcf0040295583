"""Event type and place on briefs invented for these tests (fictional people, real countries): a video link or a
conference call named by its noun and followed by its counterparts ("Videokonferenz mit den Außenministern A, B und
C", "Telefonkonferenz mit Präsident X Y, dem Premier Z W") gathers three parties or more with its host: a
conference, which like a call is held in no place. A link with one counterpart stays a call, and so does a second
link of the same day after the one the brief is about."""

from __future__ import annotations

from briefparse import parse


def test_conference_call_with_named_leaders_is_a_gathering_without_place() -> None:
    text = (
        "Kanzlerin Vera Almholt telefoniert mit den Präsidenten Frankreichs und der USA\n"
        "BERLIN. Bundeskanzlerin Vera Almholt hat am Montagabend an einer Telefonkonferenz mit US-Präsident Tom "
        "Derrick, dem französischen Präsidenten Henri Valcourt und dem Ministerpräsidenten Italiens, Marco Ferrenti, "
        "teilgenommen. Im Mittelpunkt standen die Lage in der Region und die Energiepreise."
    )
    brief = parse(text)
    assert brief.event_type == "conference"
    assert brief.location is None


def test_video_conference_with_ministers_of_named_countries_is_a_gathering() -> None:
    text = (
        "Almholt berät mit Kollegen über die Grenzregion\n"
        "Außenministerin Vera Almholt berät am Dienstag mit ihren Kollegen aus den Nachbarländern über die "
        "Grenzregion. Im Anschluss an die Videokonferenz mit den Außenministern Österreichs, Luxemburgs und "
        "Liechtensteins gibt Almholt ein Pressestatement."
    )
    assert parse(text).event_type == "conference"


def test_video_conference_with_one_counterpart_stays_a_call() -> None:
    text = (
        "Außenministerin Vera Almholt hat am Dienstag eine Videokonferenz mit dem österreichischen Außenminister "
        "Paul Gredler abgehalten, wie Sprecher Jonas Weil mitteilte. Es ging um die Grenzregion."
    )
    assert parse(text).event_type == "phone_call"


def test_later_conference_call_of_the_same_day_leaves_the_first_call() -> None:
    text = (
        "Foreign Minister Ines Marlow had a video conference with Foreign Minister Tomas Berg of Norway on 4 May.\n\n"
        "At the meeting, trade and fisheries were discussed.\n\n"
        "On the same day, Minister Marlow also had a teleconference with Foreign Minister Anna Kovacs of Hungary, "
        "Foreign Minister Luis Prado of Chile and Foreign Minister Ken Aoki of Japan."
    )
    assert parse(text).event_type == "phone_call"
