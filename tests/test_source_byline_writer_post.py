"""A byline naming a person and the post set after a comma ("By Jo Lind, Presidential Correspondent") is the
writer's, no source; a byline naming an outlet still is one ("By PSCU")."""

import briefparse

_STORY = (
    "President Kwame Asante has received the letters of credence of new envoys from five countries.\n\n"
    "At a meeting at the Jubilee House, President Asante welcomed all of them.\n\n"
)


def test_a_writer_and_the_post_after_a_comma_is_no_source():
    assert briefparse.parse(_STORY + "By Charles Mensah, Presidential Correspondent\n").source is None


def test_an_outlet_byline_stays_a_source():
    source = briefparse.parse(_STORY + "By PSCU\n").source
    assert source is not None and source.name == "PSCU"
