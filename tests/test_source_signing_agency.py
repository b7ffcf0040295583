"""An agency of the register signing a paragraph's end ("… he said.(NAN)", "… de la France. (Belga)", "…
culture.-VNA") is the dispatch's source: it outranks a cue further in the story that names what the agency reports
(a statement by someone, an official speaking). A release distributor credited between slashes in a dateline
("May 20, 2014/African Press Organization (APO)/ —") is one of the register too. Invented briefs."""

import pytest

import briefparse

EN_BODY = (
    "Valdoria welcomes ceasefire deal\n\n"
    "The President of Valdoria, Paul Marin, on Tuesday welcomed the ceasefire agreed in Norland after five years "
    "of fighting along the northern border of the country.\n\n"
    "Marin met the Norland envoy, Peter Albers, at the presidential palace in Valdor City to discuss the truce, "
    "the return of refugees, the reopening of the border crossings and the reconstruction of the northern "
    "provinces, where most of the fighting took place during the last five years.\n\n"
    "The two men also spoke about trade between their countries, which fell by half during the conflict, and "
    "about a joint commission that would oversee the reconstruction of roads, bridges and schools in the region "
    "with the help of international lenders.\n\n"
    "A statement by the UN chief stated that the agreement, if respected, would constitute a significant step "
    "forward for the whole region.\n\n"
    "\u201cThis is a long-awaited signal of hope,\u201d Marin said."
)
EN = EN_BODY + "(NAN)\n"
FR = (
    "Paul Marin a parlé avec Pierre Albert\n\n"
    "Le président de Valdoria, Paul Marin, s'est entretenu au moins dix fois au téléphone avec son homologue de "
    "Norland, Pierre Albert, depuis le début de l'année.\n\n"
    "Selon le fonctionnaire du Palais, les deux dirigeants ont évoqué la coopération économique et la situation "
    "régionale. (Belga)\n"
)


@pytest.mark.parametrize(("text", "agency"), [(EN, "NAN"), (FR, "Belga")])
def test_signing_agency_outranks_a_cue_in_the_story(text: str, agency: str) -> None:
    brief = briefparse.parse(text)
    assert brief.source is not None
    assert brief.source.name == agency


def test_without_a_signature_the_cue_is_the_source() -> None:
    brief = briefparse.parse(EN_BODY + "\n")
    assert brief.source is not None
    assert "UN chief" in brief.source.name


def test_a_release_distributor_in_a_slashed_dateline() -> None:
    brief = briefparse.parse(
        "Valdoria condemns attack on Norland border post\n\n"
        "VALDOR CITY, Valdoria, May 20, 2014/African Press Organization (APO)/ \u2014 The Ministry of Foreign "
        "Affairs of Valdoria condemns the attack on a border post of Norland and expresses its condolences to the "
        "families of the victims.\n"
    )
    assert brief.source is not None
    assert brief.source.name == "African Press Organization"
