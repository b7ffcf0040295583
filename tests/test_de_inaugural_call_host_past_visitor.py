"""An inaugural call whose host is named past its visitor in the same clause ("Antrittsbesuch: LH X bei
Außenminister Y", "Antrittsbesuch als Vorsitzender der Konferenz bei Bundespräsident Y") is paid to that person: a
meeting. One told with a place and no host stays a visit.

Every person and place here is invented for the test.
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    "title",
    [
        "Antrittsbesuch: LH Meier bei Außenminister Brand",
        "Antrittsbesuch von Landeshauptmann Meier bei Außenminister Brand",
    ],
)
def test_de_inaugural_call_on_host_is_a_meeting(title: str) -> None:
    text = (
        f"{title}\n"
        "Zum gegenseitigen Kennenlernen diente das heutige Gespräch zwischen Landeshauptmann Meier und "
        "Außenminister Brand. Landeshauptmann Meier informierte den Minister über die politische Lage.\n"
    )
    assert briefparse.parse(text).event_type == "meeting"


def test_de_host_in_a_later_sentence_is_not_the_visit_s() -> None:
    text = (
        "Staatsbesuch in Kessel\n"
        "Bundespräsident Otto Brand ist am Montag zu einem dreitägigen Staatsbesuch in Kessel eingetroffen. "
        "Bei der Ankunft spielte eine Kapelle.\n"
    )
    assert briefparse.parse(text).event_type == "visit"
