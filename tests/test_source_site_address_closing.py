"""A site named by its address on a closing line: its home page alone on the line, or after a read-more phrase."""

from briefparse import parse


def test_home_page_address_alone_on_last_line_ru() -> None:
    text = (
        "Министр иностранных дел Валдории Иван Петров принял посла Норландии Олега Сидорова.\n"
        "Стороны обсудили сотрудничество в области образования.\n\n"
        "https://mfa.valdoria.vl\n"
    )
    assert parse(text).source.name == "mfa.valdoria.vl"


def test_read_more_with_domain_and_ellipsis_ru() -> None:
    text = (
        "12 мая в Норгороде встретились министры Валдории и Норландии Иван Петров и Олег Сидоров.\n"
        "Стороны обсудили торговлю.\n"
        "Подробнее читайте на valnews.ru ...\n"
    )
    assert parse(text).source.name == "valnews.ru"


def test_read_more_with_colon_and_article_address_fr() -> None:
    text = (
        "Le président valdorien Jean Morel s'est entretenu avec son homologue norlandais Paul Brun.\n"
        "Les deux dirigeants ont évoqué la sécurité régionale.\n\n"
        "La suite sur: https://www.valdorie.vl/fr/actualites/2021/12/06/entretien\n"
    )
    assert parse(text).source.name == "valdorie.vl"


def test_article_address_alone_names_no_site() -> None:
    text = (
        "Министр иностранных дел Валдории Иван Петров принял посла Норландии Олега Сидорова.\n"
        "Стороны обсудили сотрудничество.\n\n"
        "https://valnews.ru/politika/2024/05/12/vstrecha.html\n"
    )
    source = parse(text).source
    assert source is None or source.name != "valnews.ru"
