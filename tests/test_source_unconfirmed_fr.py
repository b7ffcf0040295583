"""A body named as not having confirmed something ("une hospitalisation non confirmée par la présidence") did not
say it: it is no source, and the one the brief cites is.

Every brief here is invented for the test.
"""

import briefparse


def test_a_body_that_did_not_confirm_is_no_source():
    text = (
        "Le président valdorien Paul Marin a reçu dimanche trois nouveaux ambassadeurs, deux jours après un séjour "
        "à l'étranger non confirmé par la présidence valdorienne, selon l'agence APS."
    )
    source = briefparse.parse(text).source
    assert source is not None and source.name == "agence APS"
