"""The line right over the page's date stamp is its headline, unless the story under it takes up none of its words
(a crumb or a notice over a date line that heads the story: the headline stands under the date) or it is the lead
printed as a standfirst between the headline and the stamp (the story opens on it again, then goes on).

Every brief and every person here is invented for the test; the countries are invented.
"""

import pytest

import briefparse

LEAD = "Сегодня состоялась встреча губернатора Валдорской области Павла Маринова с послом Норландии Яном Остриком"
PAGES = {
    "crumb-over-date-line": (
        "Sala de Prensa\nUsted está en:  Portada\nMartes, 08 de agosto de 2017\n"
        "Canciller Marin participa en reunión de ministros de Valdoria y Norland\nComparte :\n\n"
        "El canciller de Valdoria, Paul Marin, se encuentra en Valdstadt, donde participa en la reunión de ministros "
        "de Valdoria y Norland para evaluar la cooperación regional.\n",
        "Canciller Marin participa en reunión de ministros de Valdoria y Norland",
        "2017-08-08",
    ),
    "lead-as-standfirst": (
        f"Встреча с послом Норландии\n\n{LEAD}\n18.06.2012, 20:04\n9\n\n{LEAD}.\n\n"
        "Стороны обсудили экономические вопросы и развитие сотрудничества в культуре.\n",
        "Встреча с послом Норландии",
        "2012-06-18",
    ),
}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_the_headline_beside_a_date_line(page):
    text, headline, published = PAGES[page]
    parsed = briefparse.parse(text)
    assert (parsed.title, parsed.published) == (headline, published)
