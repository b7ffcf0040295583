"""The occasion set before its venue ("At a meeting at the Jubilee House, …") says where the event was held: the
venue beats the country the lead names as an envoy's post ("new envoys … assigned to Ghana")."""

import briefparse


def test_occasion_at_a_venue_beats_the_country_of_the_envoys_post():
    text = (
        "President Kwame Asante has received the letters of credence of new envoys from five countries assigned "
        "to Ghana.\n\n"
        "They include the Ambassador of Norland to Ghana, Tom Nerval, and the High Commissioner of Valdoria to "
        "Ghana, Ellen Marsh.\n\n"
        "At a meeting at the Jubilee House, President Asante welcomed all of them to Ghana.\n"
    )
    assert briefparse.parse(text).location == "Jubilee House"
