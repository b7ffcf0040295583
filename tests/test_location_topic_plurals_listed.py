"""Places a brief only talks about, in the plural or in a list: a topic noun in the plural ("les derniers
développements en Ukraine", "los conflictos desatados en Irán") makes the place what was discussed, and so does each
place listed after it ("en Ukraine et en Syrie"), which leaves the place of the meeting to the sentence that gives it.

The briefs are written for this test (invented people, real countries).
"""

import pytest

import briefparse


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Paul Okemba et Jean Mbarga ont discuté jeudi des derniers développements en Ukraine.",
        "El presidente Julio Ramos y Pablo Ruiz discutieron el lunes sobre los conflictos desatados en Irán.",
    ],
)
def test_a_topic_noun_in_the_plural_is_not_the_place(text: str) -> None:
    assert briefparse.parse(text).location is None


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Paul Okemba et Jean Mbarga ont discuté jeudi de la situation en Ukraine et en Syrie.",
        "Le ministre Paul Okemba et Jean Mbarga ont évoqué jeudi la situation au Mali, au Niger et au Tchad.",
    ],
)
def test_each_place_listed_after_a_topic_is_a_topic(text: str) -> None:
    assert briefparse.parse(text).location is None
