"""One who takes part, unnamed, quoted from his own post on the networks at large ("social media", "redes
sociales") speaks: the networks name no channel, so the brief has no source; a network's own name, even in small
letters ("telegram-канал"), and an unquoted report of a post ("Об этом губернатор рассказал в соцсетях") keep
theirs."""

from __future__ import annotations

import briefparse


def _source(text: str) -> str | None:
    brief = briefparse.parse(text)
    return brief.source.name if brief.source else None


def test_quoted_post_on_social_media_en() -> None:
    text = (
        "Chief Minister calls on President\n\n"
        '"I had the privilege of paying a courtesy call on President Anita Varma today," said the Chief Minister '
        "in a social media post.\n"
    )
    assert _source(text) is None


def test_quoted_post_on_redes_sociales_es() -> None:
    text = (
        "Reunión con la vicepresidenta electa\n\n"
        "La ex presidenta Marta Quiroga se reunió con Lina Ortuzar.\n"
        "La ex presidenta compartió una foto de la reunión en sus redes sociales y escribió: "
        "“Recién con la vicepresidenta electa”.\n"
    )
    assert _source(text) is None


def test_unquoted_report_of_a_post_keeps_the_networks_ru() -> None:
    text = (
        "Встреча губернатора с послом\n\n"
        "Губернатор края Иван Петров встретился с послом Борисом Сидоровым. Об этом губернатор рассказал в соцсетях.\n"
    )
    assert _source(text) == "соцсети"


def test_a_named_network_in_small_letters_keeps_its_name_ru() -> None:
    text = (
        "Визит в Анкару\n\n"
        "«Для нас большая честь быть принятыми Президентом», – написал в своем telegram-канале глава МИД Иван "
        "Петров после встречи с президентом Турции.\n"
    )
    assert _source(text) == "telegram-канал"
