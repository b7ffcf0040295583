"""Source: the register knows the German agency dapd (and ddp, the name it grew from) and the Argentine agency
Diarios y Noticias (DyN), so their credits closing a dispatch name its source as other agencies' do.

Every brief here is invented for the test.
"""

import pytest

import briefparse
from briefparse.agencies import find_agencies


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ministerpräsident reist nach Valdorien\n\n"
            "Valdstadt. Ministerpräsident Jan Orlik ist gestern zu einem Besuch in Valdorien aufgebrochen. Am Abend "
            "sollte er mit Außenminister Karel Brant zusammentreffen. dapd\n",
            "dapd",
        ),
        (
            "Gouverneur empfängt Botschafter\n\n"
            "Gouverneur Jan Orlik hat am Montag den Botschafter Valdoriens, Marek Brant, empfangen. (ddp)\n",
            "ddp",
        ),
        (
            "Comenzó la cumbre de presidentes en Puerto Valdo\n\n"
            "A las 11.30 comenzó la reunión cumbre entre los presidentes Juan Orlán y Marco Brante, que mantuvieron "
            "luego una reunión privada en el Hotel Valdo. (DyN)\n",
            "DyN",
        ),
    ],
    ids=["dapd-closing", "ddp-bracketed", "dyn-bracketed"],
)
def test_a_closing_credit_of_dapd_or_dyn_is_the_source(text: str, name: str) -> None:
    source = briefparse.parse(text).source
    assert source is not None and source.name == name


def test_the_register_names_them_in_full() -> None:
    assert find_agencies("dapd")[0].canonical == "dapd Nachrichtenagentur"
    assert find_agencies("DyN")[0].canonical == "Diarios y Noticias"
