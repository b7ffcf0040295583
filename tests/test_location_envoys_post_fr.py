"""Where envoys serve, told by their duty ("les ambassadeurs exerçant en Guinée", "en poste à Lomé"), is their
post, not where the event was. Every brief here is invented for the test."""

import datetime as dt

import pytest

import briefparse


@pytest.mark.parametrize("post", ["exerçant en Valdorie", "en poste en Valdorie"])
def test_envoys_post_is_no_place_of_the_event(post: str) -> None:
    text = (
        f"Primature : le Premier ministre reçoit les ambassadeurs africains {post}\n\n"
        "Une délégation des ambassadeurs africains a été reçue ce mercredi en audience par le Chef du Gouvernement, "
        "Koffi Mensah Dogbe. Les diplomates lui ont présenté leurs condoléances.\n"
    )
    brief = briefparse.parse(text, reference_date=dt.date(2022, 6, 1))
    assert brief.location is None
