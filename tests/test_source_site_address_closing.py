"""A site named by its address on a closing line: its home page alone on the line, or after a read-more phrase."""

import pytest

from briefparse import parse


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "Министр иностранных дел Валдории Иван Петров принял посла Норландии Олега Сидорова.\n"
            "Стороны обсудили сотрудничество в области образования.\n\n"
            "https://mfa.valdoria.vl\n",
            "mfa.valdoria.vl",
        ),
        (
            "12 мая в Норгороде встретились министры Валдории и Норландии Иван Петров и Олег Сидоров.\n"
            "Стороны обсудили торговлю.\n"
            "Подробнее читайте на valnews.ru ...\n",
            "valnews.ru",
        ),
        (
            "Le président valdorien Jean Morel s'est entretenu avec son homologue norlandais Paul Brun.\n"
            "Les deux dirigeants ont évoqué la sécurité régionale.\n\n"
            "La suite sur: https://www.valdorie.vl/fr/actualites/2021/12/06/entretien\n",
            "valdorie.vl",
        ),
    ],
    ids=["home-page-alone-on-last-line-ru", "read-more-domain-and-ellipsis-ru", "read-more-colon-and-article-fr"],
)
def test_a_closing_address_names_the_site(text: str, site: str) -> None:
    assert parse(text).source.name == site


def test_article_address_alone_names_no_site() -> None:
    text = (
        "Министр иностранных дел Валдории Иван Петров принял посла Норландии Олега Сидорова.\n"
        "Стороны обсудили сотрудничество.\n\n"
        "https://valnews.ru/politika/2024/05/12/vstrecha.html\n"
    )
    source = parse(text).source
    assert source is None or source.name != "valnews.ru"
